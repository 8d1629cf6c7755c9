package io.dosql.parser.ast;

/** The DEFAULT keyword in INSERT VALUES or UPDATE SET. */
public record DefaultValue() implements Expression {
}
