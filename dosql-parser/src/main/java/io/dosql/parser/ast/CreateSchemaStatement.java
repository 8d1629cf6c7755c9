package io.dosql.parser.ast;

import java.util.Objects;

/** {@code CREATE SCHEMA [IF NOT EXISTS] name}. */
public record CreateSchemaStatement(String name, boolean ifNotExists) implements Statement {
    public CreateSchemaStatement {
        Objects.requireNonNull(name, "name is null");
    }
}
