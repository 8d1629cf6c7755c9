package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code PRIMARY KEY (columns)}. */
public record PrimaryKeyConstraint(String name, List<String> columns) implements TableConstraint {
    public PrimaryKeyConstraint {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
    }
}
