package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code SET [SESSION|LOCAL] name TO|= value[, …]} or {@code SET name TO DEFAULT} (values empty); values are literals or identifiers (as StringLiteral). */
public record SetStatement(String name, List<Expression> values, boolean local) implements Statement {
    public SetStatement {
        Objects.requireNonNull(name, "name is null");
        values = List.copyOf(Objects.requireNonNull(values, "values is null"));
    }
}
