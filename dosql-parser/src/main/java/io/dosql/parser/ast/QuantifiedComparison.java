package io.dosql.parser.ast;

import java.util.Objects;

/** {@code x op ANY|SOME|ALL (subquery)} or {@code x op ANY (array expression)}; exactly one of query and array is set. */
public record QuantifiedComparison(BinaryOperation.Operator operator, Quantifier quantifier, Expression left, Query query, Expression array) implements Expression {
    public QuantifiedComparison {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(quantifier, "quantifier is null");
        Objects.requireNonNull(left, "left is null");
    }

    /** ANY (= SOME) or ALL. */
    public enum Quantifier { ANY, ALL }
}
