package io.dosql.parser.ast;

/** The NULL literal. */
public record NullLiteral() implements Expression {
}
