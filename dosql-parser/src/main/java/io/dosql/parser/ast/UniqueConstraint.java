package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code UNIQUE (columns)}. */
public record UniqueConstraint(String name, List<String> columns) implements TableConstraint {
    public UniqueConstraint {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
    }
}
