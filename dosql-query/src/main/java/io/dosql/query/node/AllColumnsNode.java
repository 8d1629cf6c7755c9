package io.dosql.query.node;

/** {@code *} or {@code "table".*}; {@code table} is null for a bare star. */
public record AllColumnsNode(String table) implements ExpressionNode {
    public AllColumnsNode {
        if (table != null) {
            Names.identifier(table, "table");
        }
    }

    public AllColumnsNode withTable(String newTable) {
        return new AllColumnsNode(newTable);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitAllColumns(this);
    }
}
