package io.dosql.parser.ast;

import java.util.Objects;

/** A prefix operator: {@code -x}, {@code +x}, {@code NOT x}, {@code ~x}. */
public record UnaryOperation(Operator operator, Expression operand) implements Expression {
    public UnaryOperation {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(operand, "operand is null");
    }

    /** The operator. */
    public enum Operator { NEGATE, PLUS, NOT, BITWISE_NOT }
}
