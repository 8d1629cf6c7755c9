package io.dosql.parser.ast;

/** An integer literal that fits in a long (larger ones are {@link DecimalLiteral}). Sign is a separate unary minus. */
public record IntegerLiteral(long value) implements Expression {
}
