package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates an expression bound against a query's FROM row on a grouped row that carries a
 * representative input row from {@code offset} on (how a correlated subquery in a grouped SELECT
 * sees its outer columns, which must be group keys).
 */
public final class RowSliceExpression extends BoundExpression {
    private final BoundExpression inner;
    private final int offset;

    public RowSliceExpression(BoundExpression inner, int offset) {
        this.inner = inner;
        this.offset = offset;
    }

    @Override
    public SqlType type() {
        return inner.type();
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        return inner.evaluate(Arrays.copyOfRange(row, offset, row.length), context);
    }

    @Override
    public String describe() {
        return inner.describe();
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
