package io.dosql.parser.ast;

/** {@code NOT NULL}. */
public record NotNullConstraint(String name) implements ColumnConstraint {
}
