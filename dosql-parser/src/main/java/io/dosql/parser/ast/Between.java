package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x [NOT] BETWEEN [SYMMETRIC] low AND high}. */
public record Between(Expression operand, Expression low, Expression high, boolean negated, boolean symmetric) implements Expression {
    public Between {
        Objects.requireNonNull(operand, "operand is null");
        Objects.requireNonNull(low, "low is null");
        Objects.requireNonNull(high, "high is null");
    }
}
