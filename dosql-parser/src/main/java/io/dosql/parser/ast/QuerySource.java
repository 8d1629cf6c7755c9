package io.dosql.parser.ast;

import java.util.Objects;

/** {@code INSERT … SELECT …} (any query). */
public record QuerySource(Query query) implements InsertSource {
    public QuerySource {
        Objects.requireNonNull(query, "query is null");
    }
}
