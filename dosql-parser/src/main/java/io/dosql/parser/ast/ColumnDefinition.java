package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A column of CREATE TABLE / ALTER TABLE ADD COLUMN. {@code type} is null only for SQLite-style untyped columns. */
public record ColumnDefinition(String name, TypeName type, List<ColumnConstraint> constraints) implements Node {
    public ColumnDefinition {
        Objects.requireNonNull(name, "name is null");
        constraints = List.copyOf(Objects.requireNonNull(constraints, "constraints is null"));
    }
}
