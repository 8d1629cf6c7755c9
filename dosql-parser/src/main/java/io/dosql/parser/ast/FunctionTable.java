package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A set-returning function in FROM, e.g. {@code generate_series(1, 10) AS g(n)}. */
public record FunctionTable(FunctionCall function, String alias, List<String> columnAliases, boolean lateral) implements TableReference {
    public FunctionTable {
        Objects.requireNonNull(function, "function is null");
        columnAliases = List.copyOf(Objects.requireNonNull(columnAliases, "columnAliases is null"));
    }
}
