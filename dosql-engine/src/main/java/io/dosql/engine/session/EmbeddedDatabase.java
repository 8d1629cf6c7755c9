package io.dosql.engine.session;

import io.dosql.core.ErrorCode;
import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.durable.DurableStorage;
import io.dosql.engine.planner.StatementPlan;
import io.dosql.engine.storage.StoreFactory;
import io.dosql.fsx.StorageBackend;
import io.dosql.parser.ast.Statement;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-process database: the catalog (with its stores), the schema lock and MVCC concurrency control, caches of
 * parsed statements and plans shared by all sessions (plans are dropped when the catalog version
 * changes), and for a durable database its {@link DurableStorage}.
 */
public final class EmbeddedDatabase implements Database {
    final Catalog catalog = new Catalog();
    final DatabaseLock lock = new DatabaseLock();
    final ConcurrentHashMap<String, Statement> parsed = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, CachedPlan> plans = new ConcurrentHashMap<>();
    /** Null for an in-memory database. */
    final DurableStorage durable;
    final StoreFactory stores;
    final io.dosql.engine.mvcc.Concurrency concurrency;
    private volatile boolean closed;

    /** A plan valid for one catalog version. */
    record CachedPlan(long catalogVersion, StatementPlan plan) {
    }

    private EmbeddedDatabase(DurableStorage durable) {
        this.durable = durable;
        this.concurrency = new io.dosql.engine.mvcc.Concurrency(durable);
        this.stores = concurrency.wrap(durable == null ? StoreFactory.MEMORY : durable.storeFactory());
        if (durable != null) {
            concurrency.setCheckpointer(new io.dosql.engine.mvcc.Concurrency.Checkpointer() {
                @Override
                public boolean needed() {
                    return durable.checkpointNeeded(catalog);
                }

                @Override
                public boolean catalogSettled() {
                    return !lock.exclusiveHeld();
                }

                @Override
                public void run() {
                    durable.checkpoint(catalog);
                }
            });
        }
    }

    public static EmbeddedDatabase createInMemory() {
        return new EmbeddedDatabase(null);
    }

    /** Opens the database in {@code backend}: recovers the log and replays it onto an empty catalog. */
    public static EmbeddedDatabase openDurable(StorageBackend backend, DurableOptions options) {
        DurableStorage durable;
        try {
            durable = DurableStorage.open(backend, options);
        } catch (RuntimeException failure) {
            backend.close();
            throw failure;
        }
        EmbeddedDatabase database = new EmbeddedDatabase(durable);
        try {
            EmbeddedSession replayer = new EmbeddedSession(database);
            durable.recover(database.catalog, replayer::runLoggedDdl);
            replayer.close();
        } catch (RuntimeException failure) {
            // No checkpoint: it would save a half-recovered catalog over the good one.
            database.closed = true;
            durable.close();
            throw failure;
        }
        return database;
    }

    @Override
    public Session openSession() {
        if (closed) {
            throw ErrorCode.CONNECTION_DOES_NOT_EXIST.exception();
        }
        return new EmbeddedSession(this);
    }

    /** Rows whose old versions are kept for snapshots that may still see them (diagnostics and tests). */
    public long rowVersionsKept() {
        long kept = 0;
        for (Catalog.Schema schema : catalog.schemas()) {
            for (io.dosql.engine.catalog.TableInfo table : schema.tables.values()) {
                if (table.store instanceof io.dosql.engine.mvcc.MvccTableStore versioned) {
                    kept += versioned.versionedRows();
                }
            }
        }
        return kept;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (durable != null) {
            // A clean close checkpoints, unless a session is in the middle of a write transaction (its
            // uncommitted changes are in the trees); the log has every commit either way.
            boolean locked = false;
            try {
                lock.acquireExclusive(this, 1000);
                locked = true;
                concurrency.enter(null);
                try {
                    concurrency.stopCheckpoints();
                    concurrency.prune();
                    if (!concurrency.hasUncommittedWriters()) {
                        concurrency.checkpointNow(() -> durable.checkpoint(catalog));
                    }
                } finally {
                    concurrency.exit();
                }
            } catch (RuntimeException skipped) {
                // Recovery replays the log from the previous checkpoint instead.
            } finally {
                closed = true;
                if (locked) {
                    lock.release(this);
                }
                durable.close();
            }
        }
        closed = true;
    }
}
