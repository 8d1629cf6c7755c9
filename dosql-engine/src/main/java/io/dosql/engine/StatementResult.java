package io.dosql.engine;

import java.util.List;

/**
 * What one statement produced: rows (SELECT, VALUES, RETURNING, generated keys) and/or an update
 * count, plus the PostgreSQL command tag ({@code SELECT 3}, {@code INSERT 0 1}, {@code CREATE TABLE}).
 */
public interface StatementResult extends AutoCloseable {
    /** PostgreSQL's CommandComplete tag. */
    String commandTag();

    /** Rows inserted/updated/deleted, or -1 for statements that do not count rows (SELECT, DDL). */
    long updateCount();

    /** True when this result carries rows, i.e. {@link #columns()} is meaningful. */
    boolean hasRows();

    List<ResultColumn> columns();

    /** A forward-only cursor over the rows; empty when {@link #hasRows()} is false. */
    RowCursor rows();

    @Override
    void close();
}
