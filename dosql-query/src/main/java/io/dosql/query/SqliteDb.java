package io.dosql.query;

import io.dosql.query.dialect.Sqlite;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.node.WithNode;

/** A SQLite (3.35+) database: RETURNING and ON CONFLICT; no MERGE, no FOR UPDATE, no LATERAL. */
public final class SqliteDb extends ReturningDb<Sqlite, SqliteDb> {

    SqliteDb(QueryExecutor executor) {
        this(executor, null);
    }

    private SqliteDb(QueryExecutor executor, WithNode pendingWith) {
        super(executor, pendingWith);
    }

    @Override
    protected SqliteDb copy(QueryExecutor newExecutor, WithNode newWith) {
        return new SqliteDb(newExecutor, newWith);
    }
}
