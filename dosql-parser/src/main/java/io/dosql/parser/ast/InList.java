package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code x [NOT] IN (a, b, …)}; the list may be empty (SQLite form). */
public record InList(Expression operand, List<Expression> values, boolean negated) implements Expression {
    public InList {
        Objects.requireNonNull(operand, "operand is null");
        values = List.copyOf(Objects.requireNonNull(values, "values is null"));
    }
}
