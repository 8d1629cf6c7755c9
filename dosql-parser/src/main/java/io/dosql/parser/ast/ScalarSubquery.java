package io.dosql.parser.ast;

import java.util.Objects;

/** A parenthesised subquery used as a value. */
public record ScalarSubquery(Query query) implements Expression {
    public ScalarSubquery {
        Objects.requireNonNull(query, "query is null");
    }
}
