package io.dosql.parser.ast;

import java.util.Objects;

/** A query run as a statement (SELECT, VALUES, WITH … SELECT, or a parenthesised query). */
public record SelectStatement(Query query) implements Statement {
    public SelectStatement {
        Objects.requireNonNull(query, "query is null");
    }
}
