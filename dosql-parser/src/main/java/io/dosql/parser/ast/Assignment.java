package io.dosql.parser.ast;

import java.util.Objects;

/** {@code column = value} in UPDATE SET or ON CONFLICT DO UPDATE SET; value may be {@link DefaultValue}. */
public record Assignment(String column, Expression value) implements Node {
    public Assignment {
        Objects.requireNonNull(column, "column is null");
        Objects.requireNonNull(value, "value is null");
    }
}
