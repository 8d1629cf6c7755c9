package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code [WITH …] UPDATE table [[AS] alias] SET … [FROM …] [WHERE …] [RETURNING …]}. */
public record UpdateStatement(WithClause with, QualifiedName table, String alias, List<Assignment> assignments, List<TableReference> from, Expression where, List<SelectItem> returning, int position) implements Statement {
    public UpdateStatement {
        Objects.requireNonNull(table, "table is null");
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments is null"));
        from = List.copyOf(Objects.requireNonNull(from, "from is null"));
        returning = List.copyOf(Objects.requireNonNull(returning, "returning is null"));
    }
}
