package io.dosql.parser.ast;

import java.util.Objects;

/** {@code SHOW name} / {@code SHOW ALL}. */
public record ShowStatement(String name) implements Statement {
    public ShowStatement {
        Objects.requireNonNull(name, "name is null");
    }
}
