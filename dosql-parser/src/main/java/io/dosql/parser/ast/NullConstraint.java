package io.dosql.parser.ast;

/** {@code NULL} (explicitly nullable). */
public record NullConstraint(String name) implements ColumnConstraint {
}
