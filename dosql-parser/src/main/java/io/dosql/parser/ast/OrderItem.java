package io.dosql.parser.ast;

import java.util.Objects;

/** One ORDER BY (or index column) entry. {@code nullsFirst} is null when NULLS FIRST/LAST was not written. */
public record OrderItem(Expression expression, boolean ascending, Boolean nullsFirst) implements Node {
    public OrderItem {
        Objects.requireNonNull(expression, "expression is null");
    }
}
