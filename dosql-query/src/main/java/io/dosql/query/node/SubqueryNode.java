package io.dosql.query.node;

import java.util.Objects;

/** A parenthesised SELECT used as an expression: scalar subquery, {@code in (…)} or {@code exists (…)}. */
public record SubqueryNode(SelectQueryNode query) implements ExpressionNode {
    public SubqueryNode {
        Objects.requireNonNull(query, "query is null");
    }

    public SubqueryNode withQuery(SelectQueryNode newQuery) {
        return new SubqueryNode(newQuery);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitSubquery(this);
    }
}
