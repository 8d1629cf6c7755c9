package io.dosql.query.node;

/** A column reference {@code "table"."column"}; {@code table} is null for an unqualified column. */
public record ColumnNode(String table, String column) implements ExpressionNode {
    public ColumnNode {
        if (table != null) {
            Names.identifier(table, "table");
        }
        Names.identifier(column, "column");
    }

    /** Parses {@code "column"} or {@code "table.column"}. */
    public static ColumnNode parse(String reference) {
        Names.identifier(reference, "column reference");
        int dot = reference.lastIndexOf('.');
        return dot < 0 ? new ColumnNode(null, reference)
            : new ColumnNode(reference.substring(0, dot), reference.substring(dot + 1));
    }

    public ColumnNode withTable(String newTable) {
        return new ColumnNode(newTable, column);
    }

    public ColumnNode withColumn(String newColumn) {
        return new ColumnNode(table, newColumn);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitColumn(this);
    }
}
