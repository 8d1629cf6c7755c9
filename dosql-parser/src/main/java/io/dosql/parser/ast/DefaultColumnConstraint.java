package io.dosql.parser.ast;

import java.util.Objects;

/** {@code DEFAULT expr}. */
public record DefaultColumnConstraint(String name, Expression value) implements ColumnConstraint {
    public DefaultColumnConstraint {
        Objects.requireNonNull(value, "value is null");
    }
}
