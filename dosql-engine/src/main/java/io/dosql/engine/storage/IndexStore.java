package io.dosql.engine.storage;

import java.util.function.LongConsumer;

/**
 * An ordered index from key tuples to row ids. Keys are {@code Object[]} of column values; null sorts
 * first. Unique checking is the caller's business (null keys never conflict, as in PostgreSQL).
 */
public interface IndexStore {
    void insert(Object[] key, long rowId);

    void delete(Object[] key, long rowId);

    /** Calls {@code consumer} with every row id whose key equals {@code key} (prefix match when shorter). */
    void seekEqual(Object[] key, LongConsumer consumer);

    /** True when some entry equals {@code key}; {@code ignoreRowId} is skipped (the row being updated). */
    long findAny(Object[] key, long ignoreRowId);

    /**
     * Row ids with a first key column between {@code low} and {@code high} (either may be null for
     * unbounded), in key order.
     */
    void range(Object low, boolean lowInclusive, Object high, boolean highInclusive, LongConsumer consumer);

    void clear();
}
