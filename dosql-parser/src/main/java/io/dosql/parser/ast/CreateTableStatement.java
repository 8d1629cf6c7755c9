package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code CREATE [TEMP] TABLE [IF NOT EXISTS] name (elements)} or {@code … AS query} ({@code asQuery} set, columns possibly empty). */
public record CreateTableStatement(QualifiedName name, boolean ifNotExists, boolean temporary, List<ColumnDefinition> columns, List<TableConstraint> constraints, Query asQuery) implements Statement {
    public CreateTableStatement {
        Objects.requireNonNull(name, "name is null");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
        constraints = List.copyOf(Objects.requireNonNull(constraints, "constraints is null"));
    }
}
