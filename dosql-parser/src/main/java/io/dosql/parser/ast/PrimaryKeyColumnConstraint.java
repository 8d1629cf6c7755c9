package io.dosql.parser.ast;

/** {@code PRIMARY KEY [ASC|DESC] [AUTOINCREMENT]}. */
public record PrimaryKeyColumnConstraint(String name, boolean autoincrement) implements ColumnConstraint {
}
