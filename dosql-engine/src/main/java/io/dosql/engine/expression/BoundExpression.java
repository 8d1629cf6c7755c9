package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/**
 * A name- and type-resolved scalar expression, evaluated against a row ({@code Object[]}) of its input.
 * {@link #describe()} is a canonical text used both by EXPLAIN and to recognise equal expressions
 * (GROUP BY keys, ORDER BY items matching select items).
 */
public abstract class BoundExpression {
    public abstract SqlType type();

    public abstract Object evaluate(Object[] row, ExecutionContext context);

    public abstract String describe();

    public abstract List<BoundExpression> children();

    /** A copy with {@code children} replacing {@link #children()} (same count and order). */
    public abstract BoundExpression withChildren(List<BoundExpression> children);

    /** False for expressions that must be evaluated each time (volatile functions, subqueries, parameters). */
    public boolean isFoldable() {
        for (BoundExpression child : children()) {
            if (!child.isFoldable()) {
                return false;
            }
        }
        return true;
    }

    /** Evaluates as a predicate: true only for TRUE (NULL and FALSE reject). */
    public final boolean test(Object[] row, ExecutionContext context) {
        return evaluate(row, context) == Boolean.TRUE;
    }

    @Override
    public String toString() {
        return describe();
    }
}
