package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code CREATE [OR REPLACE] [TEMP] VIEW [IF NOT EXISTS] name [(columns)] AS query}; {@code sql} is the query's source text (for catalogs and \\d). */
public record CreateViewStatement(QualifiedName name, boolean orReplace, boolean ifNotExists, List<String> columnNames, Query query, String sql) implements Statement {
    public CreateViewStatement {
        Objects.requireNonNull(name, "name is null");
        columnNames = List.copyOf(Objects.requireNonNull(columnNames, "columnNames is null"));
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(sql, "sql is null");
    }
}
