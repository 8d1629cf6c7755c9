package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code [WITH …] DELETE FROM table [[AS] alias] [USING …] [WHERE …] [RETURNING …]}. */
public record DeleteStatement(WithClause with, QualifiedName table, String alias, List<TableReference> using, Expression where, List<SelectItem> returning, int position) implements Statement {
    public DeleteStatement {
        Objects.requireNonNull(table, "table is null");
        using = List.copyOf(Objects.requireNonNull(using, "using is null"));
        returning = List.copyOf(Objects.requireNonNull(returning, "returning is null"));
    }
}
