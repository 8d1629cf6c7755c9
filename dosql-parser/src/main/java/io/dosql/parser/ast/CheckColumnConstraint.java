package io.dosql.parser.ast;

import java.util.Objects;

/** {@code CHECK (expr)}. */
public record CheckColumnConstraint(String name, Expression condition) implements ColumnConstraint {
    public CheckColumnConstraint {
        Objects.requireNonNull(condition, "condition is null");
    }
}
