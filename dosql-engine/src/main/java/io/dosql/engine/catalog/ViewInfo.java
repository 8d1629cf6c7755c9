package io.dosql.engine.catalog;

import io.dosql.parser.ast.Query;
import java.util.List;

/**
 * A view: its query (expanded at bind time), optional column names, source text, and the search_path
 * in effect when it was created: its unqualified names resolve through that path wherever it is used,
 * as PostgreSQL binds a view's relations once, at CREATE VIEW.
 */
public record ViewInfo(String schema, String name, Query query, List<String> columnNames, String sql,
                       List<String> searchPath) {
}
