package io.dosql.engine.durable;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.SequenceInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.storage.IndexStore;
import io.dosql.engine.storage.StoreFactory;
import io.dosql.engine.storage.TableStore;
import io.dosql.engine.storage.memory.MemoryIndexStore;
import io.dosql.engine.storage.memory.MemoryTableStore;
import io.dosql.btree.Pager;
import io.dosql.btree.PagerOptions;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.fsx.StorageBackend;
import io.dosql.wal.RecoveredTransaction;
import io.dosql.wal.SyncMode;
import io.dosql.wal.WalOptions;
import io.dosql.wal.WalWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The durable half of a database opened on a directory: its write-ahead log, the redo buffer of the
 * statement running now, commit (redo to WAL records, then COMMIT, then the fsync shared with
 * concurrent commits), the background flush behind {@code synchronous_commit = off}, and recovery.
 *
 * <p>Statements change stores one at a time (the statement latch); the statement holding it
 * {@linkplain #attach attaches} its transaction's redo buffer, and every {@link LoggedTableStore} records
 * into it. Concurrent transactions never change the same row (row locks), so their redo commutes.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>A transaction's records reach the log only at its commit, all of them before its COMMIT
 *       record; nothing of a rolled-back transaction reaches the log.</li>
 *   <li>The trees hold exactly the transactions committed before the last checkpoint's {@code lsn}
 *       (checkpoints run under the statement latch when no transaction has uncommitted changes, after
 *       flushing the log to {@code lsn}); recovery replays exactly those committed at or after it, in commit order.</li>
 *   <li>The catalog equals the checkpoint's DDL history replayed in order, then the log's DDL.</li>
 *   <li>Every identity value handed out before a commit is at most the counter value the log or the
 *       checkpoint holds after that commit; likewise every sequence value handed out by the committing
 *       session (positions are logged as they stand at each commit that follows a move).</li>
 *   <li>After a failed fsync or checkpoint nothing more is written (58030) until the database is
 *       reopened; a failed open never checkpoints.</li>
 * </ol>
 */
public final class DurableStorage implements AutoCloseable {
    /** Page size of the storage backend, the pager's unit of I/O (index keys up to 2016 bytes). */
    public static final int PAGE_SIZE = 8192;
    /** Largest WAL record payload the redo is cut into (records never span segments). */
    private static final int CHUNK_BYTES = 1 << 20;
    /** How soon a commit under synchronous_commit = off becomes durable. */
    private static final long BACKGROUND_FLUSH_MILLIS = 200;
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dosql-wal-flush");
        thread.setDaemon(true);
        return thread;
    });

    /** The page file's name in the directory. */
    public static final String DATA_OBJECT = "data";

    private final StorageBackend backend;
    private final DurableOptions options;
    private final WalWriter wal;
    private final Pager pager;
    private final AtomicLong nextTransactionId;
    private final ScheduledFuture<?> backgroundFlush;
    /** Identity counter values already in the log or the last checkpoint (weak: dropped tables go away). */
    private final Map<ColumnInfo, Long> loggedIdentity = new WeakHashMap<>();
    /** Per sequence, its change count whose position the log or the last checkpoint holds (weak: dropped ones go). */
    private final Map<SequenceInfo, Long> loggedSequences = new WeakHashMap<>();
    /** Every committed DDL statement in order: the checkpoint rebuilds the catalog from it. */
    private final List<LoggedDdl> ddlHistory = new ArrayList<>();
    /** Trees of the last checkpoint and trees created since: those the catalog no longer uses are dropped. */
    private final Set<Long> knownTrees = new HashSet<>();
    /**
     * The catalog version and known-tree count when dead trees were last looked for: a tree dies only by a
     * catalog change (DROP, a rolled-back CREATE, a rewrite swapping stores) or after a new one is known, so
     * commits that changed neither (most) skip walking the catalog.
     */
    private long deadTreesCheckedAtVersion = -1;
    private long deadTreesCheckedAtCreations = -1;
    private long treesCreated;
    /** Log position of the last checkpoint's end (for the WAL-size trigger). */
    private long checkpointedLsn;
    /** The log's end right after the last checkpoint: nothing to save while it has not moved. */
    private long endAfterCheckpoint = -1;
    private volatile RedoBuffer current;
    private final RedoChunks redoChunks = new RedoChunks();
    private volatile boolean replaying;
    /** While the checkpoint's DDL history replays: new stores are in-memory placeholders. */
    private boolean placeholders;
    private volatile DoSqlException failure;
    private volatile boolean closed;

    private DurableStorage(StorageBackend backend, DurableOptions options, WalWriter wal, Pager pager) {
        this.backend = backend;
        this.options = options;
        this.wal = wal;
        this.pager = pager;
        this.nextTransactionId = new AtomicLong(wal.recovered().maxTransactionId() + 1);
        this.backgroundFlush = FLUSHER.scheduleWithFixedDelay(this::flushQuietly, BACKGROUND_FLUSH_MILLIS,
                BACKGROUND_FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (recovering) the log and the page file in {@code backend}; the caller then {@linkplain #recover
     * recovers} the catalog. Closes nothing on failure (the caller closes the backend).
     */
    public static DurableStorage open(StorageBackend backend, DurableOptions options) {
        WalWriter wal = WalWriter.open(backend, WalOptions.defaults().withSyncMode(SyncMode.FULL));
        Pager pager;
        try {
            pager = Pager.open(backend, DATA_OBJECT, new PagerOptions(options.bufferPoolBytes()));
        } catch (RuntimeException failure) {
            closeQuietly(wal);
            throw failure;
        }
        return new DurableStorage(backend, options, wal, pager);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already failing.
        }
    }

    public DurableOptions options() {
        return options;
    }

    public StorageBackend backend() {
        return backend;
    }

    /** Stores of new tables and indexes: logged B+trees (in-memory placeholders while recovery rebuilds the catalog). */
    public StoreFactory storeFactory() {
        return new StoreFactory() {
            @Override
            public TableStore tableStore(TableInfo table) {
                return new LoggedTableStore(placeholders ? new MemoryTableStore() : newTableTree(0), table,
                        DurableStorage.this);
            }

            @Override
            public IndexStore indexStore(int width) {
                return new DurableIndexStore(placeholders ? new MemoryIndexStore(width) : newIndexTree());
            }
        };
    }

    private TreeTableStore newTableTree(long rowIdLimit) {
        synchronized (pager) {
            TreeTableStore store = new TreeTableStore(pager.createTree(TreeTypes.ROW_ID, TreeTypes.ROW), rowIdLimit, pager);
            addKnownTree(store.treeId());
            return store;
        }
    }

    private TreeIndexStore newIndexTree() {
        synchronized (pager) {
            TreeIndexStore store = new TreeIndexStore(pager.createTree(TreeTypes.INDEX_ENTRY, TreeTypes.PRESENT), pager);
            addKnownTree(store.treeId());
            return store;
        }
    }

    // ---- the running write transaction

    /** The statement that took the statement latch makes {@code redo} the buffer store changes go to. */
    /** A redo buffer for a new write transaction (reusing the chunks of ended ones). */
    public RedoBuffer newRedo() {
        return new RedoBuffer(redoChunks);
    }

    public void attach(RedoBuffer redo) {
        current = redo;
    }

    /** The statement latch is being released. */
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
        DoSqlException poisoned = failure;
        if (poisoned != null) {
            throw new DoSqlException(ErrorCode.IO_ERROR, ErrorCode.IO_ERROR.format(DATA_OBJECT,
                    "a checkpoint failed earlier; the database refuses writes until it is reopened"), poisoned);
        }
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
        List<long[]> movedSequences = new ArrayList<>();
        List<SequenceInfo> moved = new ArrayList<>();
        forEachSequence(catalog, (key, sequence) -> {
            long[] state = sequence.state();
            Long logged = loggedSequences.get(sequence);
            if (state[2] != (logged == null ? 0 : logged)) {
                redo.sequence(sequence.schema, sequence.name, state[0], state[1] != 0);
                moved.add(sequence);
                movedSequences.add(state);
            }
        });
        if (redo.isEmpty()) {
            return -1;
        }
        long transactionId = redo.walTransactionId() != 0 ? redo.walTransactionId() : nextTransactionId.getAndIncrement();
        long durableAt;
        try {
            redo.forEachChunk((array, length) -> writeData(transactionId, array, length));
            durableAt = wal.commitNoWait(transactionId);
            redo.markLogged();
        } catch (RuntimeException failure) {
            try {
                wal.abort(transactionId);
            } catch (RuntimeException ignored) {
                // The log is unusable; recovery discards the transaction anyway (no COMMIT record).
            }
            throw failure;
        }
        for (Object[] counter : movedCounters) {
            loggedIdentity.put((ColumnInfo) counter[0], (Long) counter[1]);
        }
        for (int index = 0; index < moved.size(); index++) {
            loggedSequences.put(moved.get(index), movedSequences.get(index)[2]);
        }
        ddlHistory.addAll(redo.ddlStatements());
        return durableAt;
    }

    /**
     * At the start of a statement of a write transaction: the redo chunks below {@code settled} (the oldest
     * point a rollback can still return to) go to the log now, as DATA records of the transaction, and a
     * background fsync starts. The COMMIT then writes only the rest and waits for a short fsync: a bulk
     * load's log reaches the disk while it runs, as a rollback-journal database's pages do. Recovery
     * ignores DATA records without their COMMIT, and the log keeps the segments of open transactions.
     */
    public void writeAhead(RedoBuffer redo, long settled) {
        if (replaying || failure != null || !redo.hasSettledChunk(settled)) {
            return;
        }
        checkOpen();
        long transactionId = redo.walTransactionId();
        if (transactionId == 0) {
            transactionId = nextTransactionId.getAndIncrement();
            redo.walTransactionId(transactionId);
        }
        long id = transactionId;
        redo.writeSettledChunks(settled, (array, length) -> writeData(id, array, length));
        FLUSHER.execute(this::flushQuietly);
    }

    /** {@code array[0, length)} of a redo chunk as DATA records of the transaction, each at most 1 MB. */
    private void writeData(long transactionId, byte[] array, int length) {
        int chunk = Math.min(CHUNK_BYTES, wal.maximumPayloadSize());
        for (int from = 0; from < length; from += chunk) {
            wal.data(transactionId, array, from, Math.min(chunk, length - from));
        }
    }

    /** The transaction of {@code redo} ended: an ABORT ends the DATA it wrote ahead without a COMMIT. */
    public void ended(RedoBuffer redo) {
        if (!redo.writtenAheadUncommitted() || closed) {
            return;
        }
        try {
            wal.abort(redo.walTransactionId());
        } catch (RuntimeException ignored) {
            // The log is unusable; recovery discards the transaction anyway (no COMMIT record).
        }
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
        void run(String sql, List<String> searchPath, Object[] parameters);
    }

    /** {@code ddl} for one logged statement. */
    private static void run(DdlRunner ddl, LoggedDdl statement) {
        ddl.run(statement.sql(), statement.searchPath(), statement.parameters());
    }

    /**
     * Rebuilds {@code catalog} (empty) as of the last commit: replays the last checkpoint's DDL history
     * with in-memory placeholder stores, swaps in the checkpoint's trees by name, restores the identity
     * counters, then replays the transactions the log holds after the checkpoint. Checkpoints at the end
     * when it replayed any.
     */
    public void recover(Catalog catalog, DdlRunner ddl) {
        CheckpointMetadata checkpoint;
        synchronized (pager) {
            checkpoint = CheckpointMetadata.decode(pager.metadata());
        }
        if (checkpoint.lsn() < wal.recovered().checkpointLsn()) {
            // The pager fell back to an older checkpoint (its newest header is unreadable) and the log no
            // longer reaches back to it: opening would silently lose committed transactions.
            throw ErrorCode.DATA_CORRUPTED.exception(0, DATA_OBJECT, "the checkpoint in use (log position "
                    + checkpoint.lsn() + ") is older than the log, which starts at " + wal.recovered().checkpointLsn());
        }
        int replayed = 0;
        replaying = true;
        try {
            placeholders = true;
            try {
                for (LoggedDdl statement : checkpoint.ddl()) {
                    run(ddl, statement);
                }
            } finally {
                placeholders = false;
            }
            ddlHistory.addAll(checkpoint.ddl());
            attachTrees(catalog, checkpoint);
            java.util.function.Consumer<LoggedDdl> recorded = statement -> {
                run(ddl, statement);
                ddlHistory.add(statement);
            };
            for (RecoveredTransaction transaction : wal.recovered().committedTransactions()) {
                if (transaction.commitLsn() < checkpoint.lsn()) {
                    continue;
                }
                RedoReplay.apply(joined(transaction.payloads()), "WAL transaction " + transaction.transactionId(),
                        catalog, recorded);
                replayed++;
            }
        } finally {
            replaying = false;
        }
        forEachIdentity(catalog, (key, column) -> loggedIdentity.put(column, column.identity.get()));
        forEachSequence(catalog, (key, sequence) -> loggedSequences.put(sequence, sequence.state()[2]));
        checkpointedLsn = checkpoint.lsn();
        if (replayed > 0) {
            try {
                checkpoint(catalog);
            } catch (DoSqlException failure) {
                // The log still holds everything replayed: the database opens, and the poisoned storage
                // refuses writes (58030) until it is reopened.
            }
        }
    }

    /** Puts the checkpoint's trees under the placeholder stores of the rebuilt catalog. */
    private void attachTrees(Catalog catalog, CheckpointMetadata checkpoint) {
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                String name = CheckpointMetadata.qualified(table.schema, table.name);
                long[] saved = checkpoint.tables().get(name);
                if (saved == null || !(table.store.underlying() instanceof LoggedTableStore logged)) {
                    throw ErrorCode.DATA_CORRUPTED.exception(0, DATA_OBJECT, "no tree saved for table " + name);
                }
                synchronized (pager) {
                    logged.replaceRows(new TreeTableStore(pager.openTree(saved[0], TreeTypes.ROW_ID, TreeTypes.ROW),
                            saved[1], pager));
                }
                addKnownTree(saved[0]);
                for (IndexInfo index : table.indexes) {
                    String indexName = CheckpointMetadata.qualified(table.schema, index.name);
                    Long treeId = checkpoint.indexes().get(indexName);
                    if (treeId == null || !(index.store instanceof DurableIndexStore durable)) {
                        throw ErrorCode.DATA_CORRUPTED.exception(0, DATA_OBJECT, "no tree saved for index " + indexName);
                    }
                    synchronized (pager) {
                        durable.replace(new TreeIndexStore(pager.openTree(treeId, TreeTypes.INDEX_ENTRY,
                                TreeTypes.PRESENT), pager));
                    }
                    addKnownTree(treeId);
                }
            }
        }
        forEachIdentity(catalog, (key, column) -> {
            Long saved = checkpoint.identities().get(key);
            if (saved != null) {
                column.identity.set(saved);
            }
        });
        forEachSequence(catalog, (key, sequence) -> {
            long[] saved = checkpoint.sequences().get(key);
            if (saved != null) {
                sequence.position(saved[0], saved[1] != 0);
            }
        });
    }

    private static void forEachSequence(Catalog catalog, java.util.function.BiConsumer<String, SequenceInfo> action) {
        for (Catalog.Schema schema : catalog.schemas()) {
            for (SequenceInfo sequence : schema.sequences.values()) {
                action.accept(CheckpointMetadata.qualified(schema.name, sequence.name), sequence);
            }
        }
    }

    private static void forEachIdentity(Catalog catalog, java.util.function.BiConsumer<String, ColumnInfo> action) {
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (ColumnInfo column : table.columns) {
                    if (column.identity != null) {
                        action.accept(CheckpointMetadata.qualified(
                                CheckpointMetadata.qualified(table.schema, table.name), column.name), column);
                    }
                }
            }
        }
    }

    // ---- checkpoints


    /**
     * Whether dirty pages or the log's growth since the last checkpoint call for a checkpoint now (after a
     * commit, with no uncommitted change in any tree); drops the trees of dropped tables first.
     */
    public boolean checkpointNeeded(Catalog catalog) {
        if (replaying || closed || failure != null) {
            return false;
        }
        long dirty;
        synchronized (pager) {
            // Trees of dropped tables and indexes go now, not at the next checkpoint: their dirty nodes
            // would count against the threshold (and stay in memory) meanwhile. Their pages stay intact
            // until the next checkpoint is durable, so a crash before it recovers as it did before.
            try {
                if (catalog.version() != deadTreesCheckedAtVersion || treesCreated != deadTreesCheckedAtCreations) {
                    long version = catalog.version();
                    dropDeadTrees(liveTrees(catalog, null, null));
                    deadTreesCheckedAtVersion = version;
                    deadTreesCheckedAtCreations = treesCreated;
                }
            } catch (RuntimeException error) {
                failure = error instanceof DoSqlException known ? known : new DoSqlException(ErrorCode.IO_ERROR,
                        ErrorCode.IO_ERROR.format(DATA_OBJECT, "dropping a tree failed: " + error), error);
                throw failure;
            }
            dirty = pager.stats().dirtyBytes();
        }
        return dirty > options.bufferPoolBytes() / 2 || wal.endLsn() - checkpointedLsn > options.checkpointWalBytes();
    }

    /**
     * Saves the trees and the catalog's recipe atomically, then lets the log drop what precedes it. The
     * caller holds the statement latch and no transaction has uncommitted changes in any tree. The log
     * is flushed first, so no commit the trees hold can be lost from the log's end. A failure poisons
     * the storage: writes fail with 58030 until the database is reopened.
     */
    public void checkpoint(Catalog catalog) {
        if (closed || failure != null || wal.endLsn() == endAfterCheckpoint) {
            return;
        }
        try {
            long lsn = wal.endLsn();
            wal.flush();
            Map<String, long[]> tables = new LinkedHashMap<>();
            Map<String, Long> indexes = new LinkedHashMap<>();
            Set<Long> live = liveTrees(catalog, tables, indexes);
            Map<String, Long> identities = new LinkedHashMap<>();
            forEachIdentity(catalog, (key, column) -> identities.put(key, column.identity.get()));
            Map<String, long[]> sequences = new LinkedHashMap<>();
            Map<SequenceInfo, Long> sequenceChanges = new java.util.HashMap<>();
            forEachSequence(catalog, (key, sequence) -> {
                long[] state = sequence.state();
                sequences.put(key, new long[] {state[0], state[1]});
                sequenceChanges.put(sequence, state[2]);
            });
            byte[] metadata = new CheckpointMetadata(lsn, List.copyOf(ddlHistory), tables, indexes, identities,
                    sequences).encode();
            synchronized (pager) {
                dropDeadTrees(live);
                pager.checkpoint(metadata);
            }
            // The log keeps everything since the previous checkpoint, not just this one: if this
            // checkpoint's header is ever unreadable, the pager falls back to the previous one, and the
            // log must still hold what came after it.
            wal.checkpoint(checkpointedLsn);
            checkpointedLsn = lsn;
            endAfterCheckpoint = wal.endLsn();
            forEachIdentity(catalog, (key, column) -> loggedIdentity.put(column, identities.get(key)));
            loggedSequences.putAll(sequenceChanges);
        } catch (DoSqlException error) {
            failure = error;
            throw error;
        } catch (RuntimeException error) {
            DoSqlException wrapped = new DoSqlException(ErrorCode.IO_ERROR,
                    ErrorCode.IO_ERROR.format(DATA_OBJECT, "checkpoint failed: " + error), error);
            failure = wrapped;
            throw wrapped;
        }
    }

    /**
     * The trees the catalog uses; fills {@code tables} (name to tree id and row id limit) and {@code
     * indexes} (name to tree id) when given.
     */
    private static Set<Long> liveTrees(Catalog catalog, Map<String, long[]> tables, Map<String, Long> indexes) {
        Set<Long> live = new HashSet<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                if (!(table.store.underlying() instanceof LoggedTableStore logged && logged.rows() instanceof TreeTableStore tree)) {
                    throw ErrorCode.INTERNAL_ERROR.exception("table " + table.name + " is not stored in a tree");
                }
                if (tables != null) {
                    tables.put(CheckpointMetadata.qualified(table.schema, table.name),
                            new long[] {tree.treeId(), tree.rowIdLimit()});
                }
                live.add(tree.treeId());
                for (IndexInfo index : table.indexes) {
                    if (!(index.store instanceof DurableIndexStore durable
                            && durable.target() instanceof TreeIndexStore indexTree)) {
                        throw ErrorCode.INTERNAL_ERROR.exception("index " + index.name + " is not stored in a tree");
                    }
                    if (indexes != null) {
                        indexes.put(CheckpointMetadata.qualified(table.schema, index.name), indexTree.treeId());
                    }
                    live.add(indexTree.treeId());
                }
            }
        }
        return live;
    }

    private void addKnownTree(long treeId) {
        knownTrees.add(treeId);
        treesCreated++;
    }

    /** Drops the trees created or checkpointed earlier that are not {@code live}; the caller holds the pager. */
    private void dropDeadTrees(Set<Long> live) {
        if (live.containsAll(knownTrees)) {
            return;
        }
        for (java.util.Iterator<Long> known = knownTrees.iterator(); known.hasNext(); ) {
            long treeId = known.next();
            if (!live.contains(treeId)) {
                pager.dropTree(treeId);
                known.remove();
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

    /**
     * Syncs the log and releases the directory (the caller checkpoints first when it can, see
     * {@link #checkpoint}). Recovery at the next open starts from the last checkpoint.
     */
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
            try {
                synchronized (pager) {
                    pager.close();
                }
            } catch (RuntimeException ignored) {
                // The log holds every commit; the page file is read back from its last checkpoint.
            } finally {
                backend.close();
            }
        }
    }
}
