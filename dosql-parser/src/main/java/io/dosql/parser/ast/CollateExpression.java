package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x COLLATE name}. */
public record CollateExpression(Expression operand, String collation) implements Expression {
    public CollateExpression {
        Objects.requireNonNull(operand, "operand is null");
        Objects.requireNonNull(collation, "collation is null");
    }
}
