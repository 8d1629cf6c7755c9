package io.dosql.engine.session;

import io.dosql.core.ErrorCode;
import io.dosql.engine.Database;
import io.dosql.engine.Session;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.planner.StatementPlan;
import io.dosql.parser.ast.Statement;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-process database: the catalog (with the in-memory stores), the lock that serialises writers,
 * and caches of parsed statements and plans shared by all sessions (plans are dropped when the catalog
 * version changes).
 */
public final class EmbeddedDatabase implements Database {
    final Catalog catalog = new Catalog();
    final DatabaseLock lock = new DatabaseLock();
    final ConcurrentHashMap<String, Statement> parsed = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, CachedPlan> plans = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** A plan valid for one catalog version. */
    record CachedPlan(long catalogVersion, StatementPlan plan) {
    }

    private EmbeddedDatabase() {
    }

    public static EmbeddedDatabase createInMemory() {
        return new EmbeddedDatabase();
    }

    @Override
    public Session openSession() {
        if (closed) {
            throw ErrorCode.CONNECTION_DOES_NOT_EXIST.exception();
        }
        return new EmbeddedSession(this);
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
