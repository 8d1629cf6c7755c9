package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x IS [NOT] NULL} (also ISNULL / NOTNULL). */
public record IsNull(Expression operand, boolean negated) implements Expression {
    public IsNull {
        Objects.requireNonNull(operand, "operand is null");
    }
}
