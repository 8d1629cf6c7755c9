package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code FOREIGN KEY (columns) REFERENCES table [(columns)] [ON DELETE …] [ON UPDATE …]}. */
public record ForeignKeyConstraint(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) implements TableConstraint {
    public ForeignKeyConstraint {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
        Objects.requireNonNull(referencedTable, "referencedTable is null");
        referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns is null"));
        Objects.requireNonNull(onDelete, "onDelete is null");
        Objects.requireNonNull(onUpdate, "onUpdate is null");
    }
}
