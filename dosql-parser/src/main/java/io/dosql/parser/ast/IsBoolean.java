package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x IS [NOT] TRUE|FALSE|UNKNOWN}; {@code value} null means UNKNOWN. */
public record IsBoolean(Expression operand, Boolean value, boolean negated) implements Expression {
    public IsBoolean {
        Objects.requireNonNull(operand, "operand is null");
    }
}
