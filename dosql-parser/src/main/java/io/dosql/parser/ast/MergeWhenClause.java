package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/**
 * One {@code WHEN [NOT] MATCHED [AND condition] THEN action} of a MERGE: UPDATE SET assignments, DELETE,
 * INSERT [(columns)] VALUES (values) — {@code values} null for DEFAULT VALUES — or DO NOTHING.
 */
public record MergeWhenClause(boolean matched, Expression condition, Action action, List<Assignment> assignments,
                              List<String> insertColumns, List<Expression> insertValues) implements Node {
    /** What the clause does to the row. */
    public enum Action { UPDATE, DELETE, INSERT, DO_NOTHING }

    public MergeWhenClause {
        Objects.requireNonNull(action, "action is null");
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments is null"));
        insertColumns = List.copyOf(Objects.requireNonNull(insertColumns, "insertColumns is null"));
        insertValues = insertValues == null ? null : List.copyOf(insertValues);
    }
}
