package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** A full query: optional WITH, a body, and the ORDER BY / LIMIT / OFFSET / FETCH / FOR UPDATE that apply to the whole body. {@code limit} and {@code offset} are null when absent (FETCH FIRST n ROWS ONLY is stored as limit; LIMIT ALL as null). A parenthesised query inside a set operation is a Query used as a QueryBody. */
public record Query(WithClause with, QueryBody body, List<OrderItem> orderBy, Expression limit, Expression offset, LockingClause locking) implements QueryBody {
    public Query {
        Objects.requireNonNull(body, "body is null");
        orderBy = List.copyOf(Objects.requireNonNull(orderBy, "orderBy is null"));
    }
}
