package io.dosql.transaction;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The row versions of one table that not every snapshot agrees on, newest first, by row id. The
 * table's store always holds the newest version (also when uncommitted), so a row without a chain is
 * the same for everyone; undo pops the versions a transaction pushed, and {@link #prune} drops chains
 * once their newest version is visible to every snapshot.
 */
public final class VersionChains {
    private final ConcurrentSkipListMap<Long, Version> chains = new ConcurrentSkipListMap<>();
    /** Row ids touched by committed transactions, with the commit timestamp: candidates for pruning. */
    private final ArrayDeque<long[]> committed = new ArrayDeque<>();

    public boolean isEmpty() {
        return chains.isEmpty();
    }

    public int size() {
        return chains.size();
    }

    /** The newest version of {@code rowId}, or null when every snapshot sees the store's row. */
    public Version head(long rowId) {
        return chains.get(rowId);
    }

    /** The smallest row id above {@code rowId} that has a chain, or -1. */
    public long nextRowId(long rowId) {
        Long next = chains.higherKey(rowId);
        return next == null ? -1 : next;
    }

    /** The version of the chain headed by {@code head} that {@code snapshot} sees; null: none. */
    public static Version visible(Version head, Snapshot snapshot) {
        for (Version version = head; version != null; version = version.older) {
            if (snapshot.sees(version.creator)) {
                return version;
            }
        }
        return null;
    }

    /**
     * Records that {@code writer} replaced the row {@code before} (null: it did not exist) by
     * {@code after} (null: deleted). {@code before} is what the store held, visible to all when the row
     * had no chain.
     */
    public void push(long rowId, Object[] before, Object[] after, Txn writer, boolean existedBefore) {
        Version head = chains.get(rowId);
        if (head == null && existedBefore) {
            head = new Version(before, Txn.FROZEN, null);
        }
        chains.put(rowId, new Version(after, writer, head));
    }

    /** Undoes the newest version of {@code rowId} (it must be {@code writer}'s). */
    public void pop(long rowId, Txn writer) {
        Version head = chains.get(rowId);
        if (head == null || head.creator != writer) {
            return;
        }
        Version older = head.older;
        if (older == null || older.creator == Txn.FROZEN && older.older == null) {
            chains.remove(rowId);
        } else {
            chains.put(rowId, older);
            if (older.creator.status() == Txn.Status.COMMITTED) {
                // Its own commit may already have been pruned past: queue it again.
                synchronized (this) {
                    committed.add(new long[] {rowId, older.creator.commitTs()});
                }
            }
        }
    }

    /** Notes that the transaction that wrote {@code rowId} committed at {@code commitTs}. */
    public synchronized void committed(long rowId, long commitTs) {
        committed.add(new long[] {rowId, commitTs});
    }

    /**
     * Drops what no snapshot can see any more: a chain whose newest version committed at or before
     * {@code horizon} goes entirely (the store holds that version); otherwise versions older than the
     * newest one committed at or before it. {@code dropped} hears of every version removed whose row
     * differs from the row kept, so index entries only those versions needed can go.
     */
    public void prune(long horizon, DroppedVersions dropped) {
        while (true) {
            long[] entry;
            synchronized (this) {
                entry = committed.peek();
                if (entry == null || entry[1] > horizon) {
                    return;
                }
                committed.poll();
            }
            long rowId = entry[0];
            Version head = chains.get(rowId);
            if (head == null) {
                continue;
            }
            Version keep = head;
            while (keep != null && !(keep.creator.status() == Txn.Status.COMMITTED && keep.creator.commitTs() <= horizon)) {
                keep = keep.older;
            }
            if (keep == null) {
                continue;
            }
            for (Version gone = keep.older; gone != null; gone = gone.older) {
                dropped.dropped(rowId, gone.row, keep, head);
            }
            keep.older = null;
            if (keep == head) {
                chains.remove(rowId);
            }
        }
    }

    /** Told of a version pruned away. */
    @FunctionalInterface
    public interface DroppedVersions {
        /** {@code row} (maybe null) was a version of {@code rowId}; {@code kept} is the oldest still needed, {@code head} the newest. */
        void dropped(long rowId, Object[] row, Version kept, Version head);
    }

    /** Whether committed rows still wait for {@link #prune}. */
    public synchronized boolean hasCommittedPending() {
        return !committed.isEmpty();
    }

    public void clear() {
        chains.clear();
        synchronized (this) {
            committed.clear();
        }
    }
}
