package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] [name] ON table (items) [WHERE …]}; name null when omitted. */
public record CreateIndexStatement(String name, boolean ifNotExists, boolean unique, QualifiedName table, List<OrderItem> columns, Expression where) implements Statement {
    public CreateIndexStatement {
        Objects.requireNonNull(table, "table is null");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns is null"));
    }
}
