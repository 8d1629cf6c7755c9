package io.dosql.query.node;

/**
 * The value an upsert tried to insert for {@code column}: {@code excluded."column"} for ON CONFLICT,
 * {@code values(`column`)} for MySQL's ON DUPLICATE KEY UPDATE.
 */
public record ExcludedColumnNode(String column) implements ExpressionNode {
    public ExcludedColumnNode {
        column = Names.identifier(column, "column");
    }

    public ExcludedColumnNode withColumn(String newColumn) {
        return new ExcludedColumnNode(newColumn);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitExcludedColumn(this);
    }
}
