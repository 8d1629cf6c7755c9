package io.dosql.parser.ast;

import java.util.Objects;

/** SQLite's {@code PRAGMA name [= value | (value)]}; value null when absent. */
public record PragmaStatement(String name, Expression value) implements Statement {
    public PragmaStatement {
        Objects.requireNonNull(name, "name is null");
    }
}
