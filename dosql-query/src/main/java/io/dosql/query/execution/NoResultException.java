package io.dosql.query.execution;

/** Thrown by {@code executeTakeFirstOrThrow()} when the query returned no row. */
public final class NoResultException extends RuntimeException {
    public NoResultException(String sql) {
        super("query returned no rows: " + sql);
    }
}
