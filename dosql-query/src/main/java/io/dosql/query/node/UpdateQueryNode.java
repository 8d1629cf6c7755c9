package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/** {@code update table set … [from …] [where …] [returning …]}. */
public record UpdateQueryNode(WithNode with, TableNode table, List<ColumnUpdateNode> updates,
                              List<TableSourceNode> from, ExpressionNode where, List<ExpressionNode> returning)
    implements QueryNode, FilteredWriteNode<UpdateQueryNode> {
    public UpdateQueryNode {
        Objects.requireNonNull(table, "table is null");
        updates = List.copyOf(updates);
        from = List.copyOf(from);
        returning = List.copyOf(returning);
    }

    public static UpdateQueryNode of(TableNode table) {
        return new UpdateQueryNode(null, table, List.of(), List.of(), null, List.of());
    }

    public UpdateQueryNode withWith(WithNode newWith) {
        return new UpdateQueryNode(newWith, table, updates, from, where, returning);
    }

    public UpdateQueryNode withUpdates(List<ColumnUpdateNode> newUpdates) {
        return new UpdateQueryNode(with, table, newUpdates, from, where, returning);
    }

    public UpdateQueryNode withFrom(List<TableSourceNode> newFrom) {
        return new UpdateQueryNode(with, table, updates, newFrom, where, returning);
    }

    public UpdateQueryNode withWhere(ExpressionNode newWhere) {
        return new UpdateQueryNode(with, table, updates, from, newWhere, returning);
    }

    public UpdateQueryNode withReturning(List<ExpressionNode> newReturning) {
        return new UpdateQueryNode(with, table, updates, from, where, newReturning);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitUpdateQuery(this);
    }
}
