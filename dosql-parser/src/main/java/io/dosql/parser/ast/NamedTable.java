package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A table, view or CTE by name. {@code position} is the 1-based offset of the name in the SQL text (0 if unknown). */
public record NamedTable(QualifiedName name, String alias, List<String> columnAliases, int position) implements TableReference {
    public NamedTable {
        Objects.requireNonNull(name, "name is null");
        columnAliases = List.copyOf(Objects.requireNonNull(columnAliases, "columnAliases is null"));
    }
}
