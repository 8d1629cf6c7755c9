package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/** {@code delete from table [using …] [where …] [returning …]}. */
public record DeleteQueryNode(WithNode with, TableNode table, List<TableSourceNode> using, ExpressionNode where,
                              List<ExpressionNode> returning) implements QueryNode, FilteredWriteNode<DeleteQueryNode> {
    public DeleteQueryNode {
        Objects.requireNonNull(table, "table is null");
        using = List.copyOf(using);
        returning = List.copyOf(returning);
    }

    public static DeleteQueryNode from(TableNode table) {
        return new DeleteQueryNode(null, table, List.of(), null, List.of());
    }

    public DeleteQueryNode withWith(WithNode newWith) {
        return new DeleteQueryNode(newWith, table, using, where, returning);
    }

    public DeleteQueryNode withUsing(List<TableSourceNode> newUsing) {
        return new DeleteQueryNode(with, table, newUsing, where, returning);
    }

    public DeleteQueryNode withWhere(ExpressionNode newWhere) {
        return new DeleteQueryNode(with, table, using, newWhere, returning);
    }

    public DeleteQueryNode withReturning(List<ExpressionNode> newReturning) {
        return new DeleteQueryNode(with, table, using, where, newReturning);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitDeleteQuery(this);
    }
}
