package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/** {@code merge into target using source on condition when … then …}. */
public record MergeQueryNode(WithNode with, TableNode target, TableSourceNode source, ExpressionNode on,
                             List<MergeWhenNode> whens) implements QueryNode {
    public MergeQueryNode {
        Objects.requireNonNull(target, "target is null");
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(on, "on is null");
        whens = List.copyOf(whens);
    }

    public MergeQueryNode withWhens(List<MergeWhenNode> newWhens) {
        return new MergeQueryNode(with, target, source, on, newWhens);
    }

    public MergeQueryNode withOn(ExpressionNode newOn) {
        return new MergeQueryNode(with, target, source, newOn, whens);
    }

    public MergeQueryNode withSource(TableSourceNode newSource) {
        return new MergeQueryNode(with, target, newSource, on, whens);
    }

    public MergeQueryNode withWith(WithNode newWith) {
        return new MergeQueryNode(newWith, target, source, on, whens);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitMergeQuery(this);
    }
}
