package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/** AND / OR with SQL's three-valued logic and left-to-right short-circuit. */
public final class LogicalExpression extends BoundExpression {
    private final boolean and;
    private final BoundExpression left;
    private final BoundExpression right;

    public LogicalExpression(boolean and, BoundExpression left, BoundExpression right) {
        this.and = and;
        this.left = left;
        this.right = right;
    }

    public boolean isAnd() {
        return and;
    }

    public BoundExpression left() {
        return left;
    }

    public BoundExpression right() {
        return right;
    }

    @Override
    public SqlType type() {
        return SqlType.BOOLEAN;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        Object first = left.evaluate(row, context);
        if (and) {
            if (first == Boolean.FALSE) {
                return Boolean.FALSE;
            }
            Object second = right.evaluate(row, context);
            if (second == Boolean.FALSE) {
                return Boolean.FALSE;
            }
            return first == null || second == null ? null : Boolean.TRUE;
        }
        if (first == Boolean.TRUE) {
            return Boolean.TRUE;
        }
        Object second = right.evaluate(row, context);
        if (second == Boolean.TRUE) {
            return Boolean.TRUE;
        }
        return first == null || second == null ? null : Boolean.FALSE;
    }

    @Override
    public String describe() {
        return "(" + left.describe() + (and ? " AND " : " OR ") + right.describe() + ")";
    }

    @Override
    public List<BoundExpression> children() {
        return List.of(left, right);
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return new LogicalExpression(and, children.get(0), children.get(1));
    }
}
