package io.dosql.parser.ast;

/** {@code REINDEX [name]} (SQLite and PostgreSQL forms); name null means all. */
public record ReindexStatement(QualifiedName name) implements Statement {
}
