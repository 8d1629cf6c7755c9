package io.dosql.engine.mvcc;

import io.dosql.core.ErrorCode;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.storage.TableCursor;
import io.dosql.engine.storage.TableStore;
import io.dosql.engine.storage.memory.MemoryIndexStore;
import io.dosql.transaction.IsolationLevel;
import io.dosql.transaction.Snapshot;
import io.dosql.transaction.Txn;
import io.dosql.transaction.Version;
import io.dosql.transaction.VersionChains;
import java.util.List;

/**
 * A table store with MVCC: the store underneath always holds each row's newest version (committed or
 * not, so its log and checkpoints stay as they were), and {@link VersionChains} keep the older versions
 * snapshots may still see. Reads go through the snapshot of the statement holding the latch; writes
 * push versions, undo pops them. Index entries of old versions stay until pruning (so old snapshots
 * still find their rows): index readers recheck keys while the table has versions.
 */
public final class MvccTableStore implements TableStore {
    private static final int YIELD_EVERY = 256;
    private final TableStore base;
    private final TableInfo table;
    private final Concurrency concurrency;
    final VersionChains versions;
    /**
     * Index entries removed from the real indexes by changes that snapshots may not see yet, kept here so
     * their lookups still find the rows; the saved indexes hold exactly the newest versions' keys.
     */
    private final java.util.Map<IndexInfo, MemoryIndexStore> oldIndexEntries = new java.util.IdentityHashMap<>();
    /** Explicit row locks (FOR UPDATE / FOR SHARE) by row id; touched only under the statement latch. */
    private final java.util.Map<Long, RowLock> rowLocks = new java.util.HashMap<>();

    /** How {@link #lockRow} treats a row another transaction holds. */
    public enum WaitPolicy { WAIT, NOWAIT, SKIP_LOCKED }

    /** What {@link #lockRow} did. */
    public enum LockOutcome { LOCKED, SKIPPED, GONE }

    MvccTableStore(TableStore base, TableInfo table, Concurrency concurrency) {
        this.base = base;
        this.table = table;
        this.concurrency = concurrency;
        this.versions = new VersionChains(base::get);
    }

    @Override
    public TableStore underlying() {
        return base;
    }

    /** The snapshot reads go through, or null for the newest versions. */
    private Snapshot readSnapshot() {
        TxnView view = concurrency.current();
        return view == null ? null : view.snapshot;
    }

    /** Rows with versions not every snapshot agrees on. */
    public long versionedRows() {
        return versions.size();
    }

    @Override
    public boolean hasVersions() {
        return !versions.isEmpty();
    }

    @Override
    public void noteRead() {
        TxnView view = concurrency.current();
        if (view != null && view.txn.isolation() == IsolationLevel.SERIALIZABLE) {
            view.txn.noteRead(this);
        }
    }

    @Override
    public void noteKeyRead(IndexInfo index, Object[] key) {
        TxnView view = concurrency.current();
        if (view != null && view.txn.isolation() == IsolationLevel.SERIALIZABLE) {
            view.txn.noteRead(new KeyItem(index, canonical(key)));
        }
    }

    /**
     * One index key as a serializable read or write item: a lookup of exactly that key conflicts only with
     * writes of rows that had or got it (a scan reads the whole table, and conflicts with any write).
     */
    private record KeyItem(IndexInfo index, List<Object> key) {
    }

    /** The key with integers widened to long: a lookup value (int literal, bigint parameter) equals the stored key. */
    private static List<Object> canonical(Object[] key) {
        Object[] values = new Object[key.length];
        for (int position = 0; position < key.length; position++) {
            Object value = key[position];
            values[position] = value instanceof Integer || value instanceof Short || value instanceof Byte
                    ? (Object) ((Number) value).longValue() : value;
        }
        return java.util.Arrays.asList(values);
    }

    @Override
    public Object[] get(long rowId) {
        if (versions.isEmpty()) {
            return base.get(rowId);
        }
        Snapshot snapshot = readSnapshot();
        if (snapshot == null) {
            return base.get(rowId);
        }
        Version head = versions.head(rowId);
        if (head == null) {
            return base.get(rowId);
        }
        Version visible = VersionChains.visible(head, snapshot);
        return visible == null ? null : visible.row();
    }

    @Override
    public TableCursor scan(long from, long toExclusive) {
        noteRead();
        return new VersionedCursor(base.scan(from, toExclusive), from, toExclusive);
    }

    /** Merges the store's rows with the rows only old versions still hold, as the snapshot sees them. */
    private final class VersionedCursor implements TableCursor {
        private final TableCursor rows;
        private final long toExclusive;
        private long last;
        private boolean rowPending;
        private boolean rowsDone;
        private long pendingId;
        private long currentId = -1;
        /** The current row when it came from a version; null when it is the store cursor's (read lazily). */
        private Object[] currentRow;
        private boolean currentFromStore;
        private int sinceYield;

        VersionedCursor(TableCursor rows, long from, long toExclusive) {
            this.rows = rows;
            this.toExclusive = toExclusive;
            this.last = from - 1;
        }

        @Override
        public boolean next() {
            if (++sinceYield >= YIELD_EVERY) {
                sinceYield = 0;
                concurrency.yieldIfContended();
            }
            while (true) {
                if (!rowPending && !rowsDone) {
                    if (rows.next()) {
                        rowPending = true;
                        pendingId = rows.rowId();
                    } else {
                        rowsDone = true;
                    }
                }
                Snapshot snapshot = readSnapshot();
                long chained = versions.isEmpty() || snapshot == null ? -1 : versions.nextRowId(last);
                if (chained >= toExclusive) {
                    chained = -1;
                }
                if (chained >= 0 && (!rowPending || chained <= pendingId)) {
                    if (rowPending && pendingId == chained) {
                        rowPending = false;
                    }
                    last = chained;
                    Version head = versions.head(chained);
                    Version visible = head == null ? null : VersionChains.visible(head, snapshot);
                    Object[] row = head == null ? base.get(chained) : visible == null ? null : visible.row();
                    if (row == null) {
                        continue;
                    }
                    currentId = chained;
                    currentRow = row;
                    currentFromStore = false;
                    return true;
                }
                if (!rowPending) {
                    currentRow = null;
                    currentFromStore = false;
                    return false;
                }
                rowPending = false;
                last = pendingId;
                if (snapshot != null && !versions.seesUnchained(pendingId, snapshot)) {
                    continue; // a row an insert run added that this snapshot does not see
                }
                currentId = pendingId;
                currentRow = null;
                currentFromStore = true; // the store cursor stays on it until the next call
                return true;
            }
        }

        @Override
        public long rowId() {
            return currentId;
        }

        @Override
        public Object[] row() {
            return currentFromStore ? rows.row() : currentRow;
        }

        @Override
        public Object[] partialRow(boolean[] wanted) {
            return currentFromStore ? rows.partialRow(wanted) : currentRow;
        }
    }

    // ---- writes

    private TxnView writer() {
        TxnView view = concurrency.current();
        return view == null || view.txn == Txn.FROZEN ? null : view;
    }

    private void pushed(TxnView view, long rowId) {
        if (!view.hasWrites()) {
            concurrency.noteWriter(view);
        }
        view.wrote(this, rowId);
    }

    /** Like {@link #pushed} for a row an insert run holds: the run, not the row, is committed and pruned. */
    private void insertedInRun(TxnView view) {
        if (!view.hasWrites()) {
            concurrency.noteWriter(view);
        }
        view.wroteRun(this);
    }

    /**
     * SERIALIZABLE: records the write (the table, and the index keys of the row before and after, which
     * readers of those keys conflict with) before the store changes; like PostgreSQL, a write that makes
     * the transaction the pivot of a dangerous structure fails at once (40001), with nothing changed.
     */
    private void noteSerializableWrite(TxnView view, Object[] before, Object[] after) {
        if (view.txn.isolation() != IsolationLevel.SERIALIZABLE) {
            return;
        }
        boolean added = view.txn.noteWrite(this);
        for (Object[] row : new Object[][] {before, after}) {
            if (row != null) {
                for (IndexInfo index : table.indexes) {
                    added |= view.txn.noteWrite(new KeyItem(index, canonical(index.keyOf(row))));
                }
            }
        }
        if (added) {
            concurrency.checkCommit(view);
        }
    }

    private void popped(long rowId, TxnView view) {
        versions.pop(rowId, view.txn);
        if (versions.hasCommittedPending()) {
            concurrency.notePending(this);
        }
    }

    @Override
    public long insert(Object[] row) {
        TxnView view = writer();
        if (view != null && !view.undoing) {
            concurrency.beforeWrite(view);
            noteSerializableWrite(view, null, row);
        }
        long rowId = base.insert(row);
        if (view != null && !view.undoing) {
            if (versions.tryInsertRun(rowId, view.txn)) {
                insertedInRun(view);
            } else {
                versions.push(rowId, null, row, view.txn, false);
                pushed(view, rowId);
            }
        }
        return rowId;
    }

    @Override
    public void update(long rowId, Object[] row) {
        change(rowId, row);
    }

    @Override
    public void delete(long rowId) {
        change(rowId, null);
    }

    /** An UPDATE ({@code after}: the new row) or DELETE ({@code after} null), keeping the version it replaces. */
    private void change(long rowId, Object[] after) {
        TxnView view = writer();
        if (view == null || view.undoing) {
            storeChange(rowId, after);
            if (view != null) {
                popped(rowId, view);
            }
            return;
        }
        concurrency.beforeWrite(view);
        Version head = versions.head(rowId);
        Object[] before = head == null ? base.get(rowId) : head.row();
        noteSerializableWrite(view, before, after);
        storeChange(rowId, after);
        versions.push(rowId, before, after, view.txn, true);
        pushed(view, rowId);
    }

    private void storeChange(long rowId, Object[] after) {
        if (after == null) {
            base.delete(rowId);
        } else {
            base.update(rowId, after);
        }
    }

    @Override
    public void restore(long rowId, Object[] row) {
        base.restore(rowId, row);
        TxnView view = writer();
        if (view != null && view.undoing) {
            popped(rowId, view);
        } else if (view != null) {
            versions.push(rowId, null, row, view.txn, false);
            pushed(view, rowId);
        }
    }

    @Override
    public long rowIdLimit() {
        return base.rowIdLimit();
    }

    @Override
    public long rowCount() {
        return base.rowCount();
    }

    @Override
    public void clear() {
        base.clear();
        versions.clear();
        oldIndexEntries.clear();
    }

    // ---- row locks and constraint reads

    /**
     * Before changing a row: waits while another transaction has changed it and not ended; then, if
     * a transaction committed a change after this statement's snapshot, READ COMMITTED restarts the
     * statement and the other levels fail with 40001. Returns the row (the newest version), or null
     * when it is gone.
     */
    @Override
    public Object[] lockForWrite(long rowId) {
        LockedRow locked = lock(rowId, false);
        return locked == null ? null : locked.row();
    }

    @Override
    public LockedRow lockNewest(long rowId) {
        return lock(rowId, true);
    }

    private LockedRow lock(long rowId, boolean reevaluate) {
        TxnView view = writer();
        if (view == null) {
            Object[] row = base.get(rowId);
            return row == null ? null : new LockedRow(row, false);
        }
        while (true) {
            Version head = versions.head(rowId);
            if (head == null || head.creator() == view.txn) {
                Txn locker = explicitBlocker(rowId, view.txn, true);
                if (locker != null) {
                    concurrency.waitFor(locker, "a row of table \"" + table.name + "\"");
                    continue;
                }
                return locked(base.get(rowId), false);
            }
            Txn holder = head.creator();
            if (holder.isActive()) {
                concurrency.waitFor(holder, "a row of table \"" + table.name + "\"");
                continue;
            }
            Txn locker = explicitBlocker(rowId, view.txn, true);
            if (locker != null) {
                concurrency.waitFor(locker, "a row of table \"" + table.name + "\"");
                continue;
            }
            Snapshot snapshot = view.snapshot;
            if (snapshot != null && !snapshot.sees(holder)) {
                if (view.txn.isolation() != IsolationLevel.READ_COMMITTED) {
                    throw ErrorCode.SERIALIZATION_FAILURE.exception(head.row() == null ? "concurrent delete" : "concurrent update");
                }
                if (!reevaluate) {
                    throw new StatementRestart();
                }
                return locked(base.get(rowId), true);
            }
            return locked(base.get(rowId), false);
        }
    }

    private static LockedRow locked(Object[] row, boolean newer) {
        return row == null ? null : new LockedRow(row, newer);
    }

    private Txn explicitBlocker(long rowId, Txn requester, boolean exclusive) {
        if (rowLocks.isEmpty()) {
            return null;
        }
        RowLock lock = rowLocks.get(rowId);
        return lock == null ? null : lock.blocker(requester, exclusive);
    }

    /**
     * SELECT … FOR UPDATE / FOR SHARE of one row the statement's snapshot sees: waits for (or, by
     * {@code policy}, skips or fails on) a transaction changing or locking it, then fails or restarts
     * like an UPDATE when the row changed after the snapshot, and holds the lock until the transaction
     * ends.
     */
    public LockOutcome lockRow(long rowId, boolean exclusive, WaitPolicy policy) {
        TxnView view = writer();
        if (view == null) {
            return base.get(rowId) == null ? LockOutcome.GONE : LockOutcome.LOCKED;
        }
        while (true) {
            Version head = versions.head(rowId);
            Txn blocker = head != null && head.creator() != view.txn && head.creator().isActive() ? head.creator() : null;
            if (blocker == null) {
                blocker = explicitBlocker(rowId, view.txn, exclusive);
            }
            if (blocker != null) {
                if (policy == WaitPolicy.SKIP_LOCKED) {
                    return LockOutcome.SKIPPED;
                }
                if (policy == WaitPolicy.NOWAIT) {
                    throw ErrorCode.LOCK_NOT_AVAILABLE.exception("row in relation \"" + table.name + "\"");
                }
                concurrency.waitFor(blocker, "a row of table \"" + table.name + "\"");
                continue;
            }
            Snapshot snapshot = view.snapshot;
            if (head != null && head.creator() != view.txn && snapshot != null && !snapshot.sees(head.creator())) {
                if (view.txn.isolation() == IsolationLevel.READ_COMMITTED) {
                    throw new StatementRestart();
                }
                throw ErrorCode.SERIALIZATION_FAILURE.exception(head.row() == null ? "concurrent delete" : "concurrent update");
            }
            if (base.get(rowId) == null) {
                return LockOutcome.GONE;
            }
            rowLocks.computeIfAbsent(rowId, id -> new RowLock()).grant(view.txn, exclusive);
            view.locked(this, rowId);
            return LockOutcome.LOCKED;
        }
    }

    /** Gives back {@code holder}'s explicit lock on the row (its transaction ended). */
    void releaseLock(long rowId, Txn holder) {
        RowLock lock = rowLocks.get(rowId);
        if (lock != null && lock.release(holder)) {
            rowLocks.remove(rowId);
        }
    }

    /**
     * The newest version of a row for a constraint check (unique, foreign key), after waiting for the
     * transaction changing it to end: null when it is deleted.
     */
    @Override
    public Object[] getLatest(long rowId) {
        TxnView view = writer();
        while (view != null) {
            Version head = versions.head(rowId);
            if (head == null || head.creator() == view.txn || !head.creator().isActive()) {
                break;
            }
            concurrency.waitFor(head.creator(), "a row of table \"" + table.name + "\"");
        }
        return base.get(rowId);
    }

    @Override
    public boolean keepOldIndexEntry(IndexInfo index, Object[] key, long rowId) {
        if (!versions.hasVersions(rowId)) {
            return false;
        }
        oldIndexEntries.computeIfAbsent(index, ignored -> new MemoryIndexStore(key.length)).insert(key, rowId);
        return true;
    }

    @Override
    public void dropOldIndexEntry(IndexInfo index, Object[] key, long rowId) {
        MemoryIndexStore entries = oldIndexEntries.get(index);
        if (entries != null) {
            entries.delete(key, rowId);
        }
    }

    @Override
    public boolean hasOldIndexEntries(IndexInfo index) {
        return oldIndexEntries.containsKey(index);
    }

    @Override
    public void seekOldIndexEntries(IndexInfo index, Object[] key, java.util.function.LongConsumer consumer) {
        MemoryIndexStore entries = oldIndexEntries.get(index);
        if (entries != null) {
            entries.seekEqual(key, consumer);
        }
    }

    @Override
    public void rangeOldIndexEntries(IndexInfo index, Object low, boolean lowInclusive, Object high,
                                     boolean highInclusive, java.util.function.LongConsumer consumer) {
        MemoryIndexStore entries = oldIndexEntries.get(index);
        if (entries != null) {
            entries.range(low, lowInclusive, high, highInclusive, consumer);
        }
    }

    /** Prunes versions older than {@code horizon}; true when nothing committed waits any more. */
    boolean prune(long horizon) {
        if (oldIndexEntries.isEmpty()) {
            versions.prune(horizon, (rowId, row, kept, head) -> { });
        } else {
            versions.prune(horizon, (rowId, row, kept, head) -> {
                if (row == null) {
                    return;
                }
                for (IndexInfo index : table.indexes) {
                    Object[] key = index.keyOf(row);
                    if (kept == head || !stillNeeded(key, index, head.older(), kept)) {
                        dropOldIndexEntry(index, key, rowId);
                    }
                }
            });
            if (versions.isEmpty()) {
                oldIndexEntries.clear();
            }
        }
        return !versions.hasCommittedPending();
    }

    /** Whether a version from {@code from} down to {@code kept} has {@code key}. */
    private static boolean stillNeeded(Object[] key, IndexInfo index, Version from, Version kept) {
        for (Version version = from; version != null; version = version.older()) {
            if (version.row() != null && IndexInfo.sameKey(index.keyOf(version.row()), key)) {
                return true;
            }
            if (version == kept) {
                break;
            }
        }
        return false;
    }

}
