package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/**
 * {@code insert into table (columns) values (…), (…) | select …} with an optional upsert clause and
 * RETURNING. Exactly one of {@code rows} (non-empty) and {@code select} (non-null) is the source.
 */
public record InsertQueryNode(WithNode with, TableNode into, List<String> columns, List<List<ExpressionNode>> rows,
                              SelectQueryNode select, OnConflictNode onConflict, OnDuplicateKeyNode onDuplicateKey,
                              List<ExpressionNode> returning) implements QueryNode {
    public InsertQueryNode {
        Objects.requireNonNull(into, "into is null");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        returning = List.copyOf(returning);
        for (List<ExpressionNode> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                    "a row has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
        if (onConflict != null && onDuplicateKey != null) {
            throw new IllegalArgumentException("ON CONFLICT and ON DUPLICATE KEY UPDATE exclude each other");
        }
    }

    public static InsertQueryNode into(TableNode table) {
        return new InsertQueryNode(null, table, List.of(), List.of(), null, null, null, List.of());
    }

    public InsertQueryNode withWith(WithNode newWith) {
        return new InsertQueryNode(newWith, into, columns, rows, select, onConflict, onDuplicateKey, returning);
    }

    public InsertQueryNode withInto(TableNode newInto) {
        return new InsertQueryNode(with, newInto, columns, rows, select, onConflict, onDuplicateKey, returning);
    }

    public InsertQueryNode withRows(List<String> newColumns, List<List<ExpressionNode>> newRows) {
        return new InsertQueryNode(with, into, newColumns, newRows, null, onConflict, onDuplicateKey, returning);
    }

    public InsertQueryNode withSelect(List<String> newColumns, SelectQueryNode newSelect) {
        return new InsertQueryNode(with, into, newColumns, List.of(), newSelect, onConflict, onDuplicateKey,
            returning);
    }

    public InsertQueryNode withOnConflict(OnConflictNode newOnConflict) {
        return new InsertQueryNode(with, into, columns, rows, select, newOnConflict, onDuplicateKey, returning);
    }

    public InsertQueryNode withOnDuplicateKey(OnDuplicateKeyNode newOnDuplicateKey) {
        return new InsertQueryNode(with, into, columns, rows, select, onConflict, newOnDuplicateKey, returning);
    }

    public InsertQueryNode withReturning(List<ExpressionNode> newReturning) {
        return new InsertQueryNode(with, into, columns, rows, select, onConflict, onDuplicateKey, newReturning);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitInsertQuery(this);
    }
}
