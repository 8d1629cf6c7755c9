package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code DROP TABLE|VIEW|INDEX|SCHEMA|TRIGGER|SEQUENCE [IF EXISTS] names [CASCADE|RESTRICT]}. */
public record DropStatement(ObjectKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade) implements Statement {
    public DropStatement {
        Objects.requireNonNull(kind, "kind is null");
        names = List.copyOf(Objects.requireNonNull(names, "names is null"));
    }

    /** What is dropped. */
    public enum ObjectKind { TABLE, VIEW, INDEX, SCHEMA, TRIGGER, SEQUENCE }
}
