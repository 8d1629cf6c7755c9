package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code ALTER SEQUENCE [IF EXISTS] name options} (RESTART [WITH n] among them). */
public record AlterSequenceStatement(QualifiedName name, boolean ifExists, List<SequenceOption> options)
        implements Statement {
    public AlterSequenceStatement {
        Objects.requireNonNull(name, "name is null");
        options = List.copyOf(Objects.requireNonNull(options, "options is null"));
    }
}
