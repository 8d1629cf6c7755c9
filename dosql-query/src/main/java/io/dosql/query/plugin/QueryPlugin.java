package io.dosql.query.plugin;

import io.dosql.query.node.QueryNode;
import java.util.Map;

/**
 * Hooks into every query of a {@code Db}: {@link #transformQuery} rewrites the operation tree before it is
 * compiled, {@link #transformResult} rewrites each row before it is mapped. Both default to identity.
 */
public interface QueryPlugin {

    default QueryNode transformQuery(QueryNode query) {
        return query;
    }

    default Map<String, Object> transformResult(Map<String, Object> row) {
        return row;
    }
}
