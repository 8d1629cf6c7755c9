package io.dosql.parser.ast;

/** {@code VACUUM [table]}. */
public record VacuumStatement(QualifiedName table) implements Statement {
}
