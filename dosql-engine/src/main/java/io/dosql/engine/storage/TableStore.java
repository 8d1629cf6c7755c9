package io.dosql.engine.storage;

/**
 * The rows of one table, addressed by a row id the store assigns; the executor's only way to read and
 * write table data (in-memory: {@code memory.MemoryTableStore}; durable: a B+tree keyed by row id).
 */
public interface TableStore {
    /** Stores {@code row} (the store keeps the array; callers must not mutate it) and returns its row id. */
    long insert(Object[] row);

    /** The row with {@code rowId}, or null when deleted. */
    Object[] get(long rowId);

    void update(long rowId, Object[] row);

    void delete(long rowId);

    /**
     * Puts {@code row} under {@code rowId}: the undo of a delete, and recovery's replay of an insert
     * (which may lie at or beyond {@link #rowIdLimit()}; the limit then moves past it).
     */
    void restore(long rowId, Object[] row);

    /** The highest row id ever assigned plus one; live rows have ids below it. */
    long rowIdLimit();

    long rowCount();

    /** Removes every row (TRUNCATE). */
    void clear();

    /** The store this one wraps (a versioned store wraps the logged or in-memory one), or itself. */
    default TableStore underlying() {
        return this;
    }

    /** Whether some rows have versions not every snapshot agrees on (index readers then recheck keys). */
    default boolean hasVersions() {
        return false;
    }

    /** Notes that the running statement read the whole table, or a range of it (serializable conflict checks). */
    default void noteRead() {
    }

    /** Notes that the running statement looked up exactly {@code key} in {@code index}. */
    default void noteKeyRead(io.dosql.engine.catalog.IndexInfo index, Object[] key) {
    }

    /**
     * Takes the row lock before a change: waits for a concurrent writer of the row, and fails or
     * restarts the statement when the row changed after its snapshot; returns the row, null when gone.
     */
    default Object[] lockForWrite(long rowId) {
        return get(rowId);
    }

    /** A row locked for a change: its newest version, and whether that is newer than the snapshot's. */
    record LockedRow(Object[] row, boolean newer) {
    }

    /**
     * Like {@link #lockForWrite}, but under READ COMMITTED a row changed after the snapshot is returned
     * in its newest version (marked newer) for the caller to re-evaluate; null when the row is gone.
     */
    default LockedRow lockNewest(long rowId) {
        Object[] row = lockForWrite(rowId);
        return row == null ? null : new LockedRow(row, false);
    }

    /** The newest version of a row for constraint checks, after waiting for its writer to end. */
    default Object[] getLatest(long rowId) {
        return get(rowId);
    }

    /**
     * Keeps aside the index entry a change just removed, when snapshots may still see the old version
     * (their index lookups must still find the row); true when kept. Pruning drops it.
     */
    default boolean keepOldIndexEntry(io.dosql.engine.catalog.IndexInfo index, Object[] key, long rowId) {
        return false;
    }

    default void dropOldIndexEntry(io.dosql.engine.catalog.IndexInfo index, Object[] key, long rowId) {
    }

    /** Whether entries of {@code index} are kept aside at all (when not, seeking them finds nothing). */
    default boolean hasOldIndexEntries(io.dosql.engine.catalog.IndexInfo index) {
        return false;
    }

    /** Row ids of kept-aside entries of {@code index} equal to {@code key} (prefix match when shorter). */
    default void seekOldIndexEntries(io.dosql.engine.catalog.IndexInfo index, Object[] key,
                                     java.util.function.LongConsumer consumer) {
    }

    /** Row ids of kept-aside entries of {@code index} whose first column lies in the range (see IndexStore.range). */
    default void rangeOldIndexEntries(io.dosql.engine.catalog.IndexInfo index, Object low, boolean lowInclusive,
                                      Object high, boolean highInclusive, java.util.function.LongConsumer consumer) {
    }

    /**
     * The live rows with ids in [{@code from}, {@code toExclusive}), in id order; see {@link TableCursor}
     * for what it sees of concurrent changes. Scans pass {@code rowIdLimit()} taken at their start as
     * the end, so rows a statement inserts while it scans are not visited.
     */
    default TableCursor scan(long from, long toExclusive) {
        return new TableCursor() {
            private long next = from;
            private long current = -1;
            private Object[] row;

            @Override
            public boolean next() {
                while (next < toExclusive) {
                    long rowId = next++;
                    Object[] candidate = get(rowId);
                    if (candidate != null) {
                        current = rowId;
                        row = candidate;
                        return true;
                    }
                }
                row = null;
                return false;
            }

            @Override
            public long rowId() {
                return current;
            }

            @Override
            public Object[] row() {
                return row;
            }
        };
    }
}
