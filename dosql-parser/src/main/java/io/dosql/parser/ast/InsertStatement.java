package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code [WITH …] INSERT [OR REPLACE|OR IGNORE] INTO table [AS alias] [(columns)] source [ON CONFLICT …] [RETURNING …]}; SQLite's {@code REPLACE INTO} is {@code conflictResolution} REPLACE. {@code columns} empty means all columns in order. */
public record InsertStatement(WithClause with, QualifiedName table, String alias, List<String> columns, InsertSource source, OnConflictClause onConflict, List<SelectItem> returning, ConflictResolution conflictResolution, int position) implements Statement {
    public InsertStatement {
        Objects.requireNonNull(table, "table is null");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
        Objects.requireNonNull(source, "source is null");
        returning = List.copyOf(Objects.requireNonNull(returning, "returning is null"));
        Objects.requireNonNull(conflictResolution, "conflictResolution is null");
    }

    /** SQLite's INSERT OR … clause; NONE when not written. */
    public enum ConflictResolution { NONE, REPLACE, IGNORE, ABORT, FAIL, ROLLBACK }
}
