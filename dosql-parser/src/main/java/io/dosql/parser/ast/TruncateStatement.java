package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code TRUNCATE [TABLE] names [RESTART IDENTITY | CONTINUE IDENTITY]}. */
public record TruncateStatement(List<QualifiedName> tables, boolean restartIdentity) implements Statement {
    public TruncateStatement {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables is null"));
    }

    public TruncateStatement(List<QualifiedName> tables) {
        this(tables, false);
    }
}
