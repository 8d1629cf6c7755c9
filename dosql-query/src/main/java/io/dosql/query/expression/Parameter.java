package io.dosql.query.expression;

import java.util.Objects;

/**
 * A named placeholder bound later, when a prepared query runs: {@code PERSON.ID.eq(param("id", Long.class))}.
 * It travels through the tree as the value of a ValueNode, so compilers and plugins need no special case.
 */
public record Parameter(String name) {
    public Parameter {
        Objects.requireNonNull(name, "name is null");
    }
}
