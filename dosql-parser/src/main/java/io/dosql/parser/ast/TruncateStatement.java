package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code TRUNCATE [TABLE] names}. */
public record TruncateStatement(List<QualifiedName> tables) implements Statement {
    public TruncateStatement {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables is null"));
    }
}
