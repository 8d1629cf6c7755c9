package io.dosql.query.node;

import java.util.Objects;

/** A derived table {@code (select …) as "alias"}. */
public record SubqueryTableNode(SelectQueryNode query, String alias) implements TableSourceNode {
    public SubqueryTableNode {
        Objects.requireNonNull(query, "query is null");
        alias = Names.identifier(alias, "alias of a derived table");
    }

    @Override
    public String referenceName() {
        return alias;
    }

    public SubqueryTableNode withQuery(SelectQueryNode newQuery) {
        return new SubqueryTableNode(newQuery, alias);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitSubqueryTable(this);
    }
}
