package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/**
 * A GROUP BY item that groups by several sets of expressions: {@code GROUPING SETS (...)}, or {@code ROLLUP}
 * / {@code CUBE}, which the parser expands into the sets they stand for ({@code ROLLUP (a, b)} is
 * {@code (a, b), (a), ()}). An empty set groups all rows together.
 */
public record GroupingSets(List<List<Expression>> sets) implements Expression {
    public GroupingSets {
        Objects.requireNonNull(sets, "sets is null");
        sets = sets.stream().map(List::copyOf).toList();
    }
}
