package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** INSERT … ON CONFLICT [(columns) [WHERE …] | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET … [WHERE …]. {@code assignments} is empty for DO NOTHING. */
public record OnConflictClause(List<String> targetColumns, String constraintName, Action action, List<Assignment> assignments, Expression where) implements Node {
    public OnConflictClause {
        targetColumns = List.copyOf(Objects.requireNonNull(targetColumns, "targetColumns is null"));
        Objects.requireNonNull(action, "action is null");
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments is null"));
    }

    /** DO NOTHING or DO UPDATE. */
    public enum Action { DO_NOTHING, DO_UPDATE }
}
