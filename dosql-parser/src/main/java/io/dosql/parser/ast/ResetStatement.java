package io.dosql.parser.ast;

import java.util.Objects;

/** {@code RESET name} / {@code RESET ALL}. */
public record ResetStatement(String name) implements Statement {
    public ResetStatement {
        Objects.requireNonNull(name, "name is null");
    }
}
