package io.dosql.parser.ast;

import java.util.Objects;

/** {@code DROP CONSTRAINT [IF EXISTS] name}. */
public record DropConstraint(String name, boolean ifExists) implements AlterTableAction {
    public DropConstraint {
        Objects.requireNonNull(name, "name is null");
    }
}
