package io.dosql.query.node;

import java.util.Objects;

/** {@code union|intersect|except [all] (query)} appended to a SELECT. */
public record SetOperationNode(Operator operator, boolean all, SelectQueryNode query) implements OperationNode {
    /** The three set operators. */
    public enum Operator { UNION, INTERSECT, EXCEPT }

    public SetOperationNode {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(query, "query is null");
    }

    public SetOperationNode withQuery(SelectQueryNode newQuery) {
        return new SetOperationNode(operator, all, newQuery);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitSetOperation(this);
    }
}
