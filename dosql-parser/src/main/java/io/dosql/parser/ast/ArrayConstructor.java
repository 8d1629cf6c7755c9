package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code ARRAY[a, b, …]}. */
public record ArrayConstructor(List<Expression> elements) implements Expression {
    public ArrayConstructor {
        elements = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
    }
}
