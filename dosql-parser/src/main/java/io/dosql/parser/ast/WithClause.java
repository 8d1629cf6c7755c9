package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A WITH clause. */
public record WithClause(boolean recursive, List<CommonTableExpression> tables) implements Node {
    public WithClause {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables is null"));
    }
}
