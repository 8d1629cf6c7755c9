package io.dosql.parser.ast;

/** A constraint written as a table element. {@code name} is the CONSTRAINT name, or null. */
public sealed interface TableConstraint extends Node
        permits CheckConstraint, ForeignKeyConstraint, PrimaryKeyConstraint, UniqueConstraint {
}
