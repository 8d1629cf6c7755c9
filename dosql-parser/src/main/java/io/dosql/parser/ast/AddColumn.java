package io.dosql.parser.ast;

import java.util.Objects;

/** {@code ADD [COLUMN] [IF NOT EXISTS] definition}. */
public record AddColumn(ColumnDefinition column, boolean ifNotExists) implements AlterTableAction {
    public AddColumn {
        Objects.requireNonNull(column, "column is null");
    }
}
