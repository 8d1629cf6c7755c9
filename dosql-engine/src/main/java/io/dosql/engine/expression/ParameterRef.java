package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/** A bind parameter {@code $index}; its value is converted by an enclosing cast when the context types it. */
public final class ParameterRef extends BoundExpression {
    private final int index;

    public ParameterRef(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public SqlType type() {
        return SqlType.UNKNOWN;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        return context.parameter(index);
    }

    @Override
    public String describe() {
        return "$" + index;
    }

    @Override
    public List<BoundExpression> children() {
        return List.of();
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return this;
    }

    @Override
    public boolean isFoldable() {
        return false;
    }
}
