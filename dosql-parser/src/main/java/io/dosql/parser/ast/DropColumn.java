package io.dosql.parser.ast;

import java.util.Objects;

/** {@code DROP [COLUMN] [IF EXISTS] name [CASCADE]}. */
public record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterTableAction {
    public DropColumn {
        Objects.requireNonNull(column, "column is null");
    }
}
