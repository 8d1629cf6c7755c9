package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A computation on parameters and constants only (say {@code CAST($1 AS integer)} in a filter), evaluated
 * once per execution instead of once per row: its value is kept with the number of the execution that
 * computed it. It is evaluated when first reached, so CASE and AND/OR still decide whether it runs, and a
 * failure is not kept (the next evaluation fails again). Plans may be shared by threads: the kept pair is
 * immutable, so a race only computes the value twice.
 */
public final class ExecutionConstant extends BoundExpression {
    private final BoundExpression inner;
    private Kept kept;

    private record Kept(long execution, Object value) {
    }

    private ExecutionConstant(BoundExpression inner) {
        this.inner = inner;
    }

    /**
     * {@code expression} with each largest subexpression that reads parameters and constants only (and
     * calls no volatile function) evaluated once per execution; the rest is unchanged.
     */
    public static BoundExpression cacheParameterComputations(BoundExpression expression) {
        if (!composite(expression)) {
            return expression;
        }
        if (parametersOnly(expression)) {
            return new ExecutionConstant(expression);
        }
        List<BoundExpression> children = expression.children();
        List<BoundExpression> rewritten = new ArrayList<>(children.size());
        boolean changed = false;
        for (BoundExpression child : children) {
            BoundExpression result = child == null ? null : cacheParameterComputations(child);
            changed |= result != child;
            rewritten.add(result);
        }
        return changed ? expression.withChildren(rewritten) : expression;
    }

    /** The expression kinds walked (as {@link ReferencedColumns} knows them); leaves have nothing to save. */
    private static boolean composite(BoundExpression expression) {
        return expression instanceof CallExpression || expression instanceof ComparisonExpression
                || expression instanceof LogicalExpression || expression instanceof CaseWhenExpression
                || expression instanceof CoalesceExpression || expression instanceof InListExpression;
    }

    private static boolean parametersOnly(BoundExpression expression) {
        if (expression instanceof ParameterRef || expression instanceof Literal || expression instanceof ExecutionConstant) {
            return true;
        }
        if (!composite(expression) || expression instanceof CallExpression call && call.isVolatile()) {
            return false;
        }
        for (BoundExpression child : expression.children()) {
            if (child != null && !parametersOnly(child)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        Kept current = kept;
        long execution = context.executionNumber();
        if (current != null && current.execution == execution) {
            return current.value;
        }
        Object value = inner.evaluate(row, context);
        kept = new Kept(execution, value);
        return value;
    }

    @Override
    public SqlType type() {
        return inner.type();
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public List<BoundExpression> children() {
        return List.of(inner);
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return new ExecutionConstant(children.get(0));
    }

    @Override
    public boolean isFoldable() {
        return false;
    }
}
