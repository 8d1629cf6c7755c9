package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x IS [NOT] DISTINCT FROM y}. */
public record IsDistinctFrom(Expression left, Expression right, boolean negated) implements Expression {
    public IsDistinctFrom {
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
    }
}
