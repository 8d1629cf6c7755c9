package io.dosql.engine.catalog;

import io.dosql.parser.ast.Query;
import java.util.List;

/** A view: its query (expanded at bind time), optional column names and source text. */
public record ViewInfo(String schema, String name, Query query, List<String> columnNames, String sql) {
}
