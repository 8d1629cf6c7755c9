package io.dosql.parser.ast;

/** {@code UNIQUE}. */
public record UniqueColumnConstraint(String name) implements ColumnConstraint {
}
