package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code [WITH …] INSERT [OR REPLACE|OR IGNORE] INTO table [AS alias] [(columns)] source [ON CONFLICT …] [RETURNING …]}; SQLite's {@code REPLACE INTO} is {@code conflictResolution} REPLACE. {@code columns} empty means all columns in order. */
public record InsertStatement(WithClause with, QualifiedName table, String alias, List<String> columns, InsertSource source, OnConflictClause onConflict, List<SelectItem> returning, ConflictResolution conflictResolution, int position, Overriding overriding) implements Statement {
    public InsertStatement(WithClause with, QualifiedName table, String alias, List<String> columns, InsertSource source,
                           OnConflictClause onConflict, List<SelectItem> returning, ConflictResolution conflictResolution,
                           int position) {
        this(with, table, alias, columns, source, onConflict, returning, conflictResolution, position, Overriding.NONE);
    }

    public InsertStatement {
        Objects.requireNonNull(overriding, "overriding is null");
        Objects.requireNonNull(table, "table is null");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
        Objects.requireNonNull(source, "source is null");
        returning = List.copyOf(Objects.requireNonNull(returning, "returning is null"));
        Objects.requireNonNull(conflictResolution, "conflictResolution is null");
    }

    /** {@code OVERRIDING SYSTEM VALUE} (values given for GENERATED ALWAYS identity columns are used) or
     * {@code OVERRIDING USER VALUE} (values given for identity columns are ignored); NONE when not written. */
    public enum Overriding { NONE, SYSTEM_VALUE, USER_VALUE }

    /** SQLite's INSERT OR … clause; NONE when not written. */
    public enum ConflictResolution { NONE, REPLACE, IGNORE, ABORT, FAIL, ROLLBACK }
}
