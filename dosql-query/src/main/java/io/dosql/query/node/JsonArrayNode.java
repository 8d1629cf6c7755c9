package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/**
 * A nested collection: the rows of {@code query} as one JSON array of objects keyed by {@code keys}
 * (PostgreSQL {@code json_agg(json_build_object(…))}, MySQL {@code json_arrayagg(json_object(…))},
 * SQLite {@code json_group_array(json_object(…))}). Each key names a column of the subquery.
 */
public record JsonArrayNode(SelectQueryNode query, List<String> keys) implements ExpressionNode {
    public JsonArrayNode {
        Objects.requireNonNull(query, "query is null");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a nested collection needs at least one column");
        }
    }

    public JsonArrayNode withQuery(SelectQueryNode newQuery) {
        return new JsonArrayNode(newQuery, keys);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitJsonArray(this);
    }
}
