package io.dosql.query.node;

import java.util.Objects;

/** {@code "column" = value} in SET clauses and upserts. */
public record ColumnUpdateNode(String column, ExpressionNode value) implements OperationNode {
    public ColumnUpdateNode {
        column = Names.identifier(column, "column");
        Objects.requireNonNull(value, "value is null");
    }

    public ColumnUpdateNode withValue(ExpressionNode newValue) {
        return new ColumnUpdateNode(column, newValue);
    }

    public ColumnUpdateNode withColumn(String newColumn) {
        return new ColumnUpdateNode(newColumn, value);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitColumnUpdate(this);
    }
}
