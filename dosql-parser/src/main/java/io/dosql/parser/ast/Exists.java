package io.dosql.parser.ast;

import java.util.Objects;

/** {@code EXISTS (subquery)}; NOT EXISTS is a {@link UnaryOperation} NOT around it. */
public record Exists(Query query) implements Expression {
    public Exists {
        Objects.requireNonNull(query, "query is null");
    }
}
