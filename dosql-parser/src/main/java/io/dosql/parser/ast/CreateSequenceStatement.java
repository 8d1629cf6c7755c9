package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code CREATE SEQUENCE [IF NOT EXISTS] name [options]}. */
public record CreateSequenceStatement(QualifiedName name, boolean ifNotExists, List<SequenceOption> options)
        implements Statement {
    public CreateSequenceStatement {
        Objects.requireNonNull(name, "name is null");
        options = List.copyOf(Objects.requireNonNull(options, "options is null"));
    }
}
