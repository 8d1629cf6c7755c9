package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A trigger in SQLite's form: {@code CREATE TRIGGER [IF NOT EXISTS] name [BEFORE|AFTER|INSTEAD OF] INSERT|DELETE|UPDATE [OF cols] ON table [FOR EACH ROW] [WHEN cond] BEGIN stmts; END}. Timing defaults to BEFORE as in SQLite. */
public record CreateTriggerStatement(String name, boolean ifNotExists, Timing timing, Event event, List<String> updateColumns, QualifiedName table, boolean forEachRow, Expression when, List<Statement> body) implements Statement {
    public CreateTriggerStatement {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(timing, "timing is null");
        Objects.requireNonNull(event, "event is null");
        updateColumns = List.copyOf(Objects.requireNonNull(updateColumns, "updateColumns is null"));
        Objects.requireNonNull(table, "table is null");
        body = List.copyOf(Objects.requireNonNull(body, "body is null"));
    }

    /** When the trigger fires. */
    public enum Timing { BEFORE, AFTER, INSTEAD_OF }

    /** What fires it. */
    public enum Event { INSERT, UPDATE, DELETE }
}
