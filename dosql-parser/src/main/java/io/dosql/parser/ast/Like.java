package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x [NOT] LIKE|ILIKE pattern [ESCAPE e]} (also ~~, ~~*). */
public record Like(Expression operand, Expression pattern, Expression escape, boolean caseInsensitive, boolean negated) implements Expression {
    public Like {
        Objects.requireNonNull(operand, "operand is null");
        Objects.requireNonNull(pattern, "pattern is null");
    }
}
