package io.dosql.transaction;

import io.dosql.core.ErrorCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Hands out transactions, snapshots and commit timestamps for one database, knows the oldest snapshot
 * still in use (below it old row versions can go), and runs the serializable check at commit.
 */
public final class TransactionManager {
    private long nextId = 1;
    private long lastCommitTs;
    /** readTs → number of live snapshots taken at it. */
    private final TreeMap<Long, Integer> liveSnapshots = new TreeMap<>();
    /** SERIALIZABLE transactions that are active, or committed and still concurrent with an active one. */
    private final List<Txn> serializable = new ArrayList<>();

    public synchronized Txn begin(IsolationLevel isolation) {
        Txn txn = new Txn(nextId++, isolation);
        if (txn.serializable != null) {
            serializable.add(txn);
        }
        return txn;
    }

    /** A snapshot of everything committed now; release it with {@link #release}. */
    public synchronized Snapshot snapshot(Txn owner) {
        liveSnapshots.merge(lastCommitTs, 1, Integer::sum);
        if (owner.serializable != null && owner.serializable.snapshotTs < 0) {
            owner.serializable.snapshotTs = lastCommitTs;
        }
        return new Snapshot(lastCommitTs, owner);
    }

    public synchronized void release(Snapshot snapshot) {
        liveSnapshots.computeIfPresent(snapshot.readTs(), (ts, count) -> count == 1 ? null : count - 1);
    }

    /**
     * The newest commit timestamp every live and future snapshot sees: a version superseded by a
     * commit at or before it is invisible to everyone.
     */
    public synchronized long horizon() {
        return liveSnapshots.isEmpty() ? lastCommitTs : liveSnapshots.firstKey();
    }

    /**
     * Refuses (40001) to commit a SERIALIZABLE transaction that would close a dangerous structure of
     * rw-antidependencies; call it before the commit is made durable, then {@link #commit}.
     */
    public synchronized void checkCommit(Txn txn) {
        if (txn.serializable != null) {
            checkSerializable(txn);
        }
    }

    /** Commits {@code txn}: it gets the next commit timestamp and becomes visible to later snapshots. */
    public synchronized long commit(Txn txn) {
        txn.finish(Txn.Status.COMMITTED, ++lastCommitTs);
        pruneSerializable();
        return lastCommitTs;
    }

    public void abort(Txn txn) {
        synchronized (this) {
            txn.finish(Txn.Status.ABORTED, Long.MAX_VALUE);
            serializable.remove(txn);
            pruneSerializable();
        }
    }

    /**
     * Finds the rw-antidependencies between {@code committing} and every concurrent serializable
     * transaction, then refuses the commit when {@code committing} is the pivot of a dangerous structure
     * whose outgoing transaction committed first, or the incoming transaction of a committed pivot
     * whose outgoing transaction committed before it (PostgreSQL's rule: the committed cannot be undone).
     */
    private void checkSerializable(Txn committing) {
        SerializableState self = committing.serializable;
        for (Txn other : serializable) {
            SerializableState them = other.serializable;
            if (other == committing || them.snapshotTs < 0 || !concurrent(committing, other)) {
                continue;
            }
            if (self.readsAnyOf(them.writes)) {
                self.out.add(other);
                them.in.add(committing);
            }
            if (them.readsAnyOf(self.writes)) {
                self.in.add(other);
                them.out.add(committing);
            }
        }
        boolean outCommittedFirst = self.out.stream().anyMatch(out -> out.status() == Txn.Status.COMMITTED);
        if (!self.in.isEmpty() && outCommittedFirst) {
            fail(committing);
        }
        for (Txn pivot : self.out) {
            if (pivot.status() == Txn.Status.COMMITTED) {
                for (Txn out : pivot.serializable.out) {
                    if (out.status() == Txn.Status.COMMITTED && out.commitTs() < pivot.commitTs()) {
                        fail(committing);
                    }
                }
            }
        }
    }

    private void fail(Txn committing) {
        throw ErrorCode.SERIALIZATION_FAILURE.exception("read/write dependencies among transactions")
                .withDetail("Reason code: Canceled on identification as a pivot, during commit attempt.")
                .withHint("The transaction might succeed if retried.");
    }

    /** Neither committed before the other took its first snapshot. */
    private static boolean concurrent(Txn committing, Txn other) {
        return other.status() == Txn.Status.ACTIVE || other.commitTs() > committing.serializable.snapshotTs;
    }

    /** Forgets committed serializable transactions no active one overlaps any more. */
    private void pruneSerializable() {
        long oldestActive = Long.MAX_VALUE;
        for (Txn txn : serializable) {
            if (txn.status() == Txn.Status.ACTIVE) {
                long start = txn.serializable.snapshotTs < 0 ? lastCommitTs : txn.serializable.snapshotTs;
                oldestActive = Math.min(oldestActive, start);
            }
        }
        for (Iterator<Txn> iterator = serializable.iterator(); iterator.hasNext(); ) {
            Txn txn = iterator.next();
            if (txn.status() != Txn.Status.ACTIVE && txn.commitTs() <= oldestActive) {
                iterator.remove();
                for (Txn other : serializable) {
                    other.serializable.in.remove(txn);
                    other.serializable.out.remove(txn);
                }
            }
        }
    }
}
