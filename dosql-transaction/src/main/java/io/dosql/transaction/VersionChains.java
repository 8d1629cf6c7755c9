package io.dosql.transaction;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;

/**
 * The row versions of one table that not every snapshot agrees on, newest first, by row id. The
 * table's store always holds the newest version (also when uncommitted), so a row without a chain is
 * the same for everyone; undo pops the versions a transaction pushed, and {@link #prune} drops chains
 * once their newest version is visible to every snapshot.
 */
public final class VersionChains {
    /** At most this many insert runs at once; past it, inserts get a version each (see {@link #tryInsertRun}). */
    private static final int MAX_RUNS = 32;
    private static final InsertRun[] NO_RUNS = {};

    private final ConcurrentSkipListMap<Long, Version> chains = new ConcurrentSkipListMap<>();
    /** Row ids touched by committed transactions, with the commit timestamp: candidates for pruning. */
    private final ArrayDeque<long[]> committed = new ArrayDeque<>();
    /** Insert runs, oldest first; replaced, never changed in place, except a run's {@code last}. */
    private volatile InsertRun[] runs = NO_RUNS;
    /** The store's row (its newest version), for the versions insert runs stand for. */
    private final LongFunction<Object[]> storeRow;

    /**
     * Rows one transaction inserted with consecutive row ids and nobody changed since: one entry instead
     * of a version per row (a bulk load keeps no per-row version). A row of a run without a chain has one
     * version, the store's row, made by {@code txn}.
     */
    private static final class InsertRun {
        final Txn txn;
        final long first;
        volatile long last;

        InsertRun(Txn txn, long first) {
            this.txn = txn;
            this.first = first;
            this.last = first;
        }
    }

    /** Chains whose insert runs read their rows from {@code storeRow} (the table store's newest row). */
    public VersionChains(LongFunction<Object[]> storeRow) {
        this.storeRow = storeRow;
    }

    public VersionChains() {
        this(rowId -> null);
    }

    public boolean isEmpty() {
        return chains.isEmpty() && runs.length == 0;
    }

    /** Rows with versions not every snapshot agrees on (chains, and rows of insert runs). */
    public long size() {
        long rows = chains.size();
        for (InsertRun run : runs) {
            rows += run.last - run.first + 1;
        }
        return rows;
    }

    /** The newest version of {@code rowId}, or null when every snapshot sees the store's row. */
    public Version head(long rowId) {
        Version head = chains.get(rowId);
        if (head != null) {
            return head;
        }
        Txn inserter = inserter(rowId);
        return inserter == null ? null : new Version(storeRow.apply(rowId), inserter, null);
    }

    /** Whether {@code rowId} has versions not every snapshot agrees on (a chain, or an insert run). */
    public boolean hasVersions(long rowId) {
        return chains.containsKey(rowId) || inserter(rowId) != null;
    }

    /** The transaction whose insert run holds {@code rowId}, or null. */
    private Txn inserter(long rowId) {
        InsertRun[] current = runs;
        for (int index = current.length - 1; index >= 0; index--) {
            InsertRun run = current[index];
            if (rowId >= run.first && rowId <= run.last) {
                return run.txn;
            }
        }
        return null;
    }

    /**
     * Whether {@code snapshot} sees the store's row of {@code rowId}, a row without a chain: false only
     * for a row of an insert run whose transaction it does not see.
     */
    public boolean seesUnchained(long rowId, Snapshot snapshot) {
        Txn inserter = inserter(rowId);
        return inserter == null || snapshot.sees(inserter);
    }

    /**
     * Records that {@code writer} inserted the new row {@code rowId} as part of an insert run (extending
     * its newest run when the ids follow on); false when too many runs exist, and the caller pushes a
     * version instead.
     */
    public boolean tryInsertRun(long rowId, Txn writer) {
        InsertRun[] current = runs;
        for (int index = current.length - 1; index >= 0; index--) {
            InsertRun run = current[index];
            if (run.txn == writer) {
                if (run.last == rowId - 1) {
                    run.last = rowId;
                    return true;
                }
                break;
            }
        }
        if (current.length >= MAX_RUNS) {
            return false;
        }
        InsertRun[] more = java.util.Arrays.copyOf(current, current.length + 1);
        more[current.length] = new InsertRun(writer, rowId);
        runs = more;
        return true;
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
            Txn inserter = inserter(rowId);
            head = new Version(before, inserter == null ? Txn.FROZEN : inserter, null);
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
        pruneRuns(horizon);
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

    /**
     * Drops the insert runs every snapshot agrees on: committed at or before {@code horizon} (every
     * snapshot sees the rows), or aborted (undo removed the rows).
     */
    private void pruneRuns(long horizon) {
        InsertRun[] current = runs;
        if (current.length == 0) {
            return;
        }
        java.util.List<InsertRun> kept = new java.util.ArrayList<>(current.length);
        for (InsertRun run : current) {
            Txn.Status status = run.txn.status();
            boolean settled = status == Txn.Status.ABORTED
                    || status == Txn.Status.COMMITTED && run.txn.commitTs() <= horizon;
            if (!settled) {
                kept.add(run);
            }
        }
        if (kept.size() != current.length) {
            runs = kept.toArray(NO_RUNS);
        }
    }

    /** Told of a version pruned away. */
    @FunctionalInterface
    public interface DroppedVersions {
        /** {@code row} (maybe null) was a version of {@code rowId}; {@code kept} is the oldest still needed, {@code head} the newest. */
        void dropped(long rowId, Object[] row, Version kept, Version head);
    }

    /** Whether committed rows still wait for {@link #prune}. */
    public boolean hasCommittedPending() {
        synchronized (this) {
            if (!committed.isEmpty()) {
                return true;
            }
        }
        for (InsertRun run : runs) {
            if (!run.txn.isActive()) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        chains.clear();
        runs = NO_RUNS;
        synchronized (this) {
            committed.clear();
        }
    }
}
