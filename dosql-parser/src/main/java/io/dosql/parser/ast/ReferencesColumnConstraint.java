package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code REFERENCES table [(column)] [ON DELETE …] [ON UPDATE …]}. */
public record ReferencesColumnConstraint(String name, QualifiedName table, List<String> columns, ReferentialAction onDelete, ReferentialAction onUpdate) implements ColumnConstraint {
    public ReferencesColumnConstraint {
        Objects.requireNonNull(table, "table is null");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
        Objects.requireNonNull(onDelete, "onDelete is null");
        Objects.requireNonNull(onUpdate, "onUpdate is null");
    }
}
