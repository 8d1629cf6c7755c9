package io.dosql.parser.ast;

import java.util.Objects;

/** {@code CHECK (expr)}. */
public record CheckConstraint(String name, Expression condition) implements TableConstraint {
    public CheckConstraint {
        Objects.requireNonNull(condition, "condition is null");
    }
}
