package io.dosql.parser.ast;

/** TRUE or FALSE. */
public record BooleanLiteral(boolean value) implements Expression {
}
