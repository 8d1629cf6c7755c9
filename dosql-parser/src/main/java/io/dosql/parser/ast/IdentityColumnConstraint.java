package io.dosql.parser.ast;

/** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}. */
public record IdentityColumnConstraint(String name, boolean always) implements ColumnConstraint {
}
