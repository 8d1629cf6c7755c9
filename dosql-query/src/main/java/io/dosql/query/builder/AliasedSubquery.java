package io.dosql.query.builder;

import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.SubqueryTableNode;
import java.util.Objects;

/** A SELECT named so it can be read from like a table: {@code (select …) as "alias"}. */
public record AliasedSubquery(SelectQueryNode query, String alias) {
    public AliasedSubquery {
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(alias, "alias is null");
    }

    public SubqueryTableNode toOperationNode() {
        return new SubqueryTableNode(query, alias);
    }
}
