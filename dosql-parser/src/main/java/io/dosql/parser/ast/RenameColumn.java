package io.dosql.parser.ast;

import java.util.Objects;

/** {@code RENAME [COLUMN] old TO new}. */
public record RenameColumn(String oldName, String newName) implements AlterTableAction {
    public RenameColumn {
        Objects.requireNonNull(oldName, "oldName is null");
        Objects.requireNonNull(newName, "newName is null");
    }
}
