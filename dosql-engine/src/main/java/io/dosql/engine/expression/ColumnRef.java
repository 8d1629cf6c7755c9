package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/** The value at {@code index} of the input row; {@code name} is how EXPLAIN shows it. */
public final class ColumnRef extends BoundExpression {
    private final int index;
    private final SqlType type;
    private final String name;

    public ColumnRef(int index, SqlType type, String name) {
        this.index = index;
        this.type = type;
        this.name = name;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        return row[index];
    }

    @Override
    public String describe() {
        return name;
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
