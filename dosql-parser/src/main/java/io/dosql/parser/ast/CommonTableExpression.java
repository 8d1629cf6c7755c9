package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** One WITH entry: {@code name [(columns)] AS [[NOT] MATERIALIZED] (query)}. */
public record CommonTableExpression(String name, List<String> columnNames, Query query) implements Node {
    public CommonTableExpression {
        Objects.requireNonNull(name, "name is null");
        columnNames = List.copyOf(Objects.requireNonNull(columnNames, "columnNames is null"));
        Objects.requireNonNull(query, "query is null");
    }
}
