package io.dosql.engine.expression;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/**
 * Stands for an aggregate or window function result while the binder is still building the select
 * list; replaced by a column reference to the aggregate/window operator's output before execution.
 */
public final class PlaceholderExpression extends BoundExpression {
    private final boolean window;
    private final int slot;
    private final SqlType type;
    private final String text;

    public PlaceholderExpression(boolean window, int slot, SqlType type, String text) {
        this.window = window;
        this.slot = slot;
        this.type = type;
        this.text = text;
    }

    public boolean isWindow() {
        return window;
    }

    public int slot() {
        return slot;
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        throw ErrorCode.INTERNAL_ERROR.exception("unresolved placeholder " + text);
    }

    @Override
    public String describe() {
        return text;
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
