package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/** A column of an enclosing query's current row (correlated subquery), {@code levelsUp} levels out. */
public final class OuterColumnRef extends BoundExpression {
    private final int levelsUp;
    private final int index;
    private final SqlType type;
    private final String name;

    public OuterColumnRef(int levelsUp, int index, SqlType type, String name) {
        this.levelsUp = levelsUp;
        this.index = index;
        this.type = type;
        this.name = name;
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        return context.outerRow(levelsUp)[index];
    }

    @Override
    public String describe() {
        return "outer(" + levelsUp + ")." + name;
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
