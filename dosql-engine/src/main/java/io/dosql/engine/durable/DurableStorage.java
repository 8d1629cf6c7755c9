package io.dosql.engine.durable;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.storage.IndexStore;
import io.dosql.engine.storage.StoreFactory;
import io.dosql.engine.storage.TableStore;
import io.dosql.engine.storage.memory.MemoryIndexStore;
import io.dosql.engine.storage.memory.MemoryTableStore;
import io.dosql.fsx.StorageBackend;
import io.dosql.wal.RecoveredTransaction;
import io.dosql.wal.SyncMode;
import io.dosql.wal.WalOptions;
import io.dosql.wal.WalWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The durable half of a database opened on a directory: its write-ahead log, the redo buffer of the
 * write transaction running now, commit (redo to WAL records, then COMMIT, then the fsync shared with
 * concurrent commits), the background flush behind {@code synchronous_commit = off}, and recovery.
 *
 * <p>Writers are serialised by the database lock, so at most one transaction changes stores at a time:
 * the session holding the write lock {@linkplain #attach attaches} its transaction's redo buffer, and
 * every {@link LoggedTableStore} records into it.
 */
public final class DurableStorage implements AutoCloseable {
    /** Page size of the storage backend (the pager's unit of I/O). */
    public static final int PAGE_SIZE = 4096;
    /** Largest WAL record payload the redo is cut into (records never span segments). */
    private static final int CHUNK_BYTES = 1 << 20;
    /** How soon a commit under synchronous_commit = off becomes durable. */
    private static final long BACKGROUND_FLUSH_MILLIS = 200;
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dosql-wal-flush");
        thread.setDaemon(true);
        return thread;
    });

    private final StorageBackend backend;
    private final DurableOptions options;
    private final WalWriter wal;
    private final AtomicLong nextTransactionId;
    private final ScheduledFuture<?> backgroundFlush;
    /** Identity counter values already in the log (weak: dropped tables go away). */
    private final Map<ColumnInfo, Long> loggedIdentity = new WeakHashMap<>();
    private volatile RedoBuffer current;
    private volatile boolean replaying;
    private volatile boolean closed;

    private DurableStorage(StorageBackend backend, DurableOptions options, WalWriter wal) {
        this.backend = backend;
        this.options = options;
        this.wal = wal;
        this.nextTransactionId = new AtomicLong(wal.recovered().maxTransactionId() + 1);
        this.backgroundFlush = FLUSHER.scheduleWithFixedDelay(this::flushQuietly, BACKGROUND_FLUSH_MILLIS,
                BACKGROUND_FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens (recovering) the log in {@code backend}; the caller then {@linkplain #replay replays} it. */
    public static DurableStorage open(StorageBackend backend, DurableOptions options) {
        WalWriter wal = WalWriter.open(backend, WalOptions.defaults().withSyncMode(SyncMode.FULL));
        return new DurableStorage(backend, options, wal);
    }

    public DurableOptions options() {
        return options;
    }

    public StorageBackend backend() {
        return backend;
    }

    /** Stores of new tables and indexes: logged in-memory stores. */
    public StoreFactory storeFactory() {
        DurableStorage storage = this;
        return new StoreFactory() {
            @Override
            public TableStore tableStore(TableInfo table) {
                return new LoggedTableStore(new MemoryTableStore(), table, storage);
            }

            @Override
            public IndexStore indexStore(int width) {
                return new MemoryIndexStore(width);
            }
        };
    }

    // ---- the running write transaction

    /** The session that took the write lock makes {@code redo} the buffer store changes go to. */
    public void attach(RedoBuffer redo) {
        current = redo;
    }

    /** The write lock is being released. */
    public void detach(RedoBuffer redo) {
        if (current == redo) {
            current = null;
        }
    }

    public RedoBuffer currentRedo() {
        return current;
    }

    /** Where a change of {@code table} is logged now: null while replaying or suspended. */
    RedoBuffer redoFor(TableInfo table) {
        if (replaying) {
            return null;
        }
        RedoBuffer redo = current;
        if (redo == null) {
            throw ErrorCode.INTERNAL_ERROR.exception("table \"" + table.name
                    + "\" changed outside a write transaction of a durable database");
        }
        return redo.accepting() ? redo : null;
    }

    /**
     * Writes {@code redo} (plus the identity counters that moved) to the log as one transaction and
     * returns the LSN that must be durable before the commit counts, or -1 when nothing was written.
     * Does not wait for the fsync (see {@link #awaitDurable}); throws (58030/53100) when a write fails,
     * after which the caller rolls the transaction back.
     */
    public long commit(RedoBuffer redo, Catalog catalog) {
        if (replaying) {
            return -1;
        }
        checkOpen();
        List<Object[]> movedCounters = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (ColumnInfo column : table.columns) {
                    if (column.identity == null) {
                        continue;
                    }
                    long value = column.identity.get();
                    Long logged = loggedIdentity.get(column);
                    if (logged == null ? value != 0 : value != logged) {
                        redo.identity(table.schema, table.name, column.name, value);
                        movedCounters.add(new Object[] {column, value});
                    }
                }
            }
        }
        if (redo.isEmpty()) {
            return -1;
        }
        long transactionId = nextTransactionId.getAndIncrement();
        long durableAt;
        try {
            int chunk = Math.min(CHUNK_BYTES, wal.maximumPayloadSize());
            for (int from = 0; from < redo.size(); from += chunk) {
                wal.data(transactionId, redo.slice(from, Math.min(redo.size(), from + chunk)));
            }
            durableAt = wal.commitNoWait(transactionId);
        } catch (RuntimeException failure) {
            try {
                wal.abort(transactionId);
            } catch (RuntimeException ignored) {
                // The log is unusable; recovery discards the transaction anyway (no COMMIT record).
            }
            throw failure;
        }
        for (Object[] moved : movedCounters) {
            loggedIdentity.put((ColumnInfo) moved[0], (Long) moved[1]);
        }
        return durableAt;
    }

    /** Returns once the log is durable up to {@code lsn} (58030 when the fsync fails; the log is then unusable). */
    public void awaitDurable(long lsn) {
        wal.waitUntilDurable(lsn);
    }

    private void flushQuietly() {
        if (closed) {
            return;
        }
        try {
            if (wal.flushedLsn() < wal.endLsn()) {
                wal.flush();
            }
        } catch (DoSqlException poisoned) {
            // The writer refuses further work; every later commit reports the failure.
        }
    }

    // ---- recovery

    /** Runs a DDL statement of the log (in a session of the database being recovered). */
    @FunctionalInterface
    public interface DdlRunner {
        void run(String sql, List<String> searchPath);
    }

    /** Replays every committed transaction of the log onto {@code catalog} (empty before the first). */
    public void replay(Catalog catalog, DdlRunner ddl) {
        replaying = true;
        try {
            for (RecoveredTransaction transaction : wal.recovered().committedTransactions()) {
                RedoReplay.apply(joined(transaction.payloads()), "WAL transaction " + transaction.transactionId(),
                        catalog, ddl);
            }
        } finally {
            replaying = false;
        }
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (ColumnInfo column : table.columns) {
                    if (column.identity != null) {
                        loggedIdentity.put(column, column.identity.get());
                    }
                }
            }
        }
    }

    private static byte[] joined(List<byte[]> payloads) {
        if (payloads.size() == 1) {
            return payloads.get(0);
        }
        long total = 0;
        for (byte[] payload : payloads) {
            total += payload.length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("a logged transaction of more than 2 GB");
        }
        byte[] result = new byte[(int) total];
        int offset = 0;
        for (byte[] payload : payloads) {
            System.arraycopy(payload, 0, result, offset, payload.length);
            offset += payload.length;
        }
        return result;
    }

    private void checkOpen() {
        if (closed) {
            throw ErrorCode.IO_ERROR.exception("write-ahead log", "the database is closed");
        }
    }

    /** Syncs the log and releases the directory. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        backgroundFlush.cancel(false);
        try {
            wal.close();
        } catch (DoSqlException poisoned) {
            // Nothing more can be made durable; what is durable is recovered at the next open.
        } finally {
            backend.close();
        }
    }
}
