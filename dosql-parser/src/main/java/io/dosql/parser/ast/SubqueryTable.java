package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code [LATERAL] (query) [AS] alias [(columns)]}. */
public record SubqueryTable(Query query, String alias, List<String> columnAliases, boolean lateral) implements TableReference {
    public SubqueryTable {
        Objects.requireNonNull(query, "query is null");
        columnAliases = List.copyOf(Objects.requireNonNull(columnAliases, "columnAliases is null"));
    }
}
