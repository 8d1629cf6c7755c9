package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code (a, b, …)} or {@code ROW(a, b, …)} with two or more elements (a single parenthesised expression is just that expression). */
public record RowConstructor(List<Expression> elements) implements Expression {
    public RowConstructor {
        elements = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
    }
}
