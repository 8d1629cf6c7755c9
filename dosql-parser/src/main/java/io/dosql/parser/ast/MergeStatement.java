package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code MERGE INTO table [[AS] alias] USING source ON condition WHEN [NOT] MATCHED [AND condition] THEN …}
 * (PostgreSQL 15): each source row joined to the target rows it matches runs the first WHEN clause that
 * applies.
 */
public record MergeStatement(QualifiedName table, String alias, TableReference source, Expression condition,
                             List<MergeWhenClause> clauses, int position) implements Statement {
    public MergeStatement {
        Objects.requireNonNull(table, "table is null");
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(condition, "condition is null");
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses is null"));
    }
}
