package io.dosql.parser.ast;

/** A constraint written inside a column definition. {@code name} is the CONSTRAINT name, or null. */
public sealed interface ColumnConstraint extends Node
        permits CheckColumnConstraint, DefaultColumnConstraint, IdentityColumnConstraint, NotNullConstraint, NullConstraint, PrimaryKeyColumnConstraint, ReferencesColumnConstraint, UniqueColumnConstraint {
}
