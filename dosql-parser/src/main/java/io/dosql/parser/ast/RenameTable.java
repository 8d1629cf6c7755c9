package io.dosql.parser.ast;

import java.util.Objects;

/** {@code RENAME TO new}. */
public record RenameTable(String newName) implements AlterTableAction {
    public RenameTable {
        Objects.requireNonNull(newName, "newName is null");
    }
}
