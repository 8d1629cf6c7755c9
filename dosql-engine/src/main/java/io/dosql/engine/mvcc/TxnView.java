package io.dosql.engine.mvcc;

import io.dosql.engine.durable.RedoBuffer;
import io.dosql.transaction.IsolationLevel;
import io.dosql.transaction.Snapshot;
import io.dosql.transaction.Txn;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a statement reads and writes through: its transaction, the snapshot it reads (null: the newest
 * versions), whether undo is running (undo pops versions instead of pushing them), the redo buffer of
 * a durable database, the rows the transaction changed (to be marked committed), and the limits of
 * its lock waits.
 */
public final class TxnView {
    final Txn txn;
    volatile Snapshot snapshot;
    boolean undoing;
    final RedoBuffer redo;
    /** Rows this transaction changed, per store. */
    Map<MvccTableStore, RowIdList> written = Map.of();
    /** Rows this transaction locked with FOR UPDATE / FOR SHARE, per store. */
    Map<MvccTableStore, RowIdList> locked = Map.of();
    long lockTimeoutMillis;
    Runnable checkCanceled = () -> { };

    public TxnView(Txn txn, RedoBuffer redo) {
        this.txn = txn;
        this.redo = redo;
    }

    /** A read-only view of {@code snapshot} for a result read after its statement returned. */
    public TxnView readOnlyCopy(Snapshot readSnapshot) {
        TxnView copy = new TxnView(txn, null);
        copy.snapshot = readSnapshot;
        return copy;
    }

    public Txn txn() {
        return txn;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public void setSnapshot(Snapshot newSnapshot) {
        snapshot = newSnapshot;
    }

    public void setUndoing(boolean undo) {
        undoing = undo;
    }

    public void setLockLimits(long timeoutMillis, Runnable canceled) {
        lockTimeoutMillis = timeoutMillis;
        checkCanceled = canceled;
    }

    public boolean hasWrites() {
        return !written.isEmpty();
    }

    void wrote(MvccTableStore store, long rowId) {
        writtenRows(store).add(rowId);
    }

    /** Notes a write to {@code store} that is committed as a whole (an insert run), not row by row. */
    void wroteRun(MvccTableStore store) {
        writtenRows(store);
    }

    private RowIdList writtenRows(MvccTableStore store) {
        if (written.isEmpty()) {
            written = new IdentityHashMap<>(4);
        }
        return written.computeIfAbsent(store, key -> new RowIdList());
    }

    void locked(MvccTableStore store, long rowId) {
        if (locked.isEmpty()) {
            locked = new IdentityHashMap<>(4);
        }
        locked.computeIfAbsent(store, key -> new RowIdList()).add(rowId);
    }

    /** Gives back every explicit row lock (the transaction ended). */
    void releaseLocks() {
        for (Map.Entry<MvccTableStore, RowIdList> entry : locked.entrySet()) {
            RowIdList rows = entry.getValue();
            for (int index = 0; index < rows.size; index++) {
                entry.getKey().releaseLock(rows.ids[index], txn);
            }
        }
        locked = Map.of();
    }

    /** A growable list of row ids. */
    static final class RowIdList {
        long[] ids = new long[8];
        int size;

        void add(long id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }
}
