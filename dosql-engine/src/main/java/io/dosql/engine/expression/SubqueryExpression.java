package io.dosql.engine.expression;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.RowIterator;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A subquery used as a value: scalar, EXISTS, or a quantified comparison ({@code x op ANY|ALL}; IN is
 * {@code = ANY}). The current row is pushed as the outer row while the subquery runs; an uncorrelated
 * subquery is evaluated once per execution.
 */
public final class SubqueryExpression extends BoundExpression {
    /** What the subquery computes. */
    public enum Kind { SCALAR, EXISTS, ANY, ALL }

    private final Kind kind;
    private final PhysicalOperator plan;
    private final BoundExpression operand;
    /** For ANY/ALL: the comparison over the pair row {operand value, subquery value}. */
    private final BoundExpression comparison;
    private final boolean hashableEquality;
    private final boolean correlated;
    private final SqlType type;

    public SubqueryExpression(Kind kind, PhysicalOperator plan, BoundExpression operand, BoundExpression comparison,
                              boolean hashableEquality, boolean correlated, SqlType type) {
        this.kind = kind;
        this.plan = plan;
        this.operand = operand;
        this.comparison = comparison;
        this.hashableEquality = hashableEquality;
        this.correlated = correlated;
        this.type = type;
    }

    public boolean isCorrelated() {
        return correlated;
    }

    public PhysicalOperator plan() {
        return plan;
    }

    @Override
    public SqlType type() {
        return type;
    }

    /** Cached result of an uncorrelated subquery: the list of first-column values, a hash set, a null flag. */
    private record Materialized(List<Object> values, Set<Object> hashed, boolean hasNull) {
    }

    private Materialized materialize(Object[] row, ExecutionContext context, int limit) {
        context.pushOuterRow(row);
        List<Object> values = new ArrayList<>();
        try {
            RowIterator rows = plan.open(context);
            for (Object[] next; (next = rows.next()) != null; ) {
                values.add(kind == Kind.EXISTS ? Boolean.TRUE : next[0]);
                if (values.size() >= limit) {
                    break;
                }
            }
            rows.close();
        } finally {
            context.popOuterRow();
        }
        Set<Object> hashed = null;
        boolean hasNull = false;
        if (hashableEquality) {
            hashed = new HashSet<>();
            for (Object value : values) {
                if (value == null) {
                    hasNull = true;
                } else {
                    hashed.add(Values.hashKey(value));
                }
            }
        }
        return new Materialized(values, hashed, hasNull);
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        Materialized result;
        int limit = kind == Kind.EXISTS ? 1 : (kind == Kind.SCALAR ? 2 : Integer.MAX_VALUE);
        if (correlated) {
            result = materialize(row, context, limit);
        } else {
            Object cached = context.workTables().get(this);
            if (cached == null) {
                cached = materialize(row, context, limit);
                context.workTables().put(this, cached);
            }
            result = (Materialized) cached;
        }
        List<Object> values = result.values();
        switch (kind) {
            case EXISTS:
                return !values.isEmpty();
            case SCALAR:
                if (values.size() > 1) {
                    throw ErrorCode.CARDINALITY_VIOLATION.exception("more than one row returned by a subquery used as an expression");
                }
                return values.isEmpty() ? null : values.get(0);
            default:
                return compare(row, context, result);
        }
    }

    private Object compare(Object[] row, ExecutionContext context, Materialized result) {
        Object left = operand.evaluate(row, context);
        List<Object> values = result.values();
        if (values.isEmpty()) {
            return kind == Kind.ALL;
        }
        if (left == null) {
            return null;
        }
        if (result.hashed() != null && kind == Kind.ANY) {
            if (result.hashed().contains(Values.hashKey(left))) {
                return Boolean.TRUE;
            }
            return result.hasNull() ? null : Boolean.FALSE;
        }
        boolean sawNull = false;
        Object[] pair = new Object[2];
        pair[0] = left;
        for (Object value : values) {
            pair[1] = value;
            Object outcome = comparison.evaluate(pair, context);
            if (outcome == null) {
                sawNull = true;
            } else if (kind == Kind.ANY && outcome == Boolean.TRUE) {
                return Boolean.TRUE;
            } else if (kind == Kind.ALL && outcome == Boolean.FALSE) {
                return Boolean.FALSE;
            }
        }
        return sawNull ? null : kind == Kind.ALL;
    }

    @Override
    public String describe() {
        String body = "SubPlan (" + plan.label() + ")";
        return switch (kind) {
            case SCALAR -> "(" + body + ")";
            case EXISTS -> "EXISTS(" + body + ")";
            case ANY -> operand.describe() + " = ANY(" + body + ")";
            case ALL -> operand.describe() + " ALL(" + body + ")";
        };
    }

    @Override
    public List<BoundExpression> children() {
        return operand == null ? List.of() : List.of(operand);
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return operand == null ? this
                : new SubqueryExpression(kind, plan, children.get(0), comparison, hashableEquality, correlated, type);
    }

    @Override
    public boolean isFoldable() {
        return false;
    }
}
