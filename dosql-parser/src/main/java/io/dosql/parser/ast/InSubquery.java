package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x [NOT] IN (subquery)}. */
public record InSubquery(Expression operand, Query query, boolean negated) implements Expression {
    public InSubquery {
        Objects.requireNonNull(operand, "operand is null");
        Objects.requireNonNull(query, "query is null");
    }
}
