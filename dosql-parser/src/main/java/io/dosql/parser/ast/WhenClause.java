package io.dosql.parser.ast;

import java.util.Objects;

/** One {@code WHEN condition THEN result} of a CASE. */
public record WhenClause(Expression condition, Expression result) implements Node {
    public WhenClause {
        Objects.requireNonNull(condition, "condition is null");
        Objects.requireNonNull(result, "result is null");
    }
}
