package io.dosql.engine.durable;

import io.dosql.btree.BTree;
import io.dosql.btree.Cursor;
import io.dosql.engine.storage.IndexStore;
import io.dosql.engine.storage.KeyOrder;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * An index kept in a B+tree of entries (key tuple, row id) ordered by {@link KeyOrder}; searches pad the
 * key with sentinels so they cover exactly the entries starting with it. Row ids are collected before the
 * consumer runs, so the consumer may change the index.
 */
final class TreeIndexStore implements IndexStore {
    private final BTree<Object[], Boolean> tree;
    private final Object lock;

    TreeIndexStore(BTree<Object[], Boolean> tree, Object lock) {
        this.tree = tree;
        this.lock = lock;
    }

    long treeId() {
        return tree.id();
    }

    private static Object[] entry(Object[] key, long rowId) {
        Object[] entry = Arrays.copyOf(key, key.length + 1);
        entry[key.length] = rowId;
        return entry;
    }

    private static long rowIdOf(Object[] entry) {
        return (Long) entry[entry.length - 1];
    }

    @Override
    public void insert(Object[] key, long rowId) {
        synchronized (lock) {
            tree.put(entry(key, rowId), Boolean.TRUE);
        }
    }

    @Override
    public void delete(Object[] key, long rowId) {
        synchronized (lock) {
            tree.remove(entry(key, rowId));
        }
    }

    @Override
    public void seekEqual(Object[] key, LongConsumer consumer) {
        long[] rowIds = collect(KeyOrder.padded(key, KeyOrder.LOWEST), KeyOrder.padded(key, KeyOrder.HIGHEST), false);
        for (long rowId : rowIds) {
            consumer.accept(rowId);
        }
    }

    @Override
    public long findAny(Object[] key, long ignoreRowId) {
        synchronized (lock) {
            // Ascending keys (a serial primary key being loaded): a key above the last entry is absent,
            // found by walking the right edge instead of seeking a cursor. (The unpadded key compares
            // with an entry as its prefix does.)
            Object[] last = tree.lastKey();
            if (last == null || KeyOrder.TUPLES.compare(key, last) > 0) {
                return -1;
            }
            Cursor<Object[], Boolean> cursor = tree.cursor(KeyOrder.padded(key, KeyOrder.LOWEST), true,
                    KeyOrder.padded(key, KeyOrder.HIGHEST), true);
            while (cursor.next()) {
                long rowId = rowIdOf(cursor.key());
                if (rowId != ignoreRowId) {
                    return rowId;
                }
            }
            return -1;
        }
    }

    @Override
    public void range(Object low, boolean lowInclusive, Object high, boolean highInclusive, LongConsumer consumer) {
        // A range predicate is never true for NULL: start above the null keys.
        Object[] from = low != null ? new Object[] {low, lowInclusive ? KeyOrder.LOWEST : KeyOrder.HIGHEST}
                : new Object[] {null, KeyOrder.HIGHEST};
        Object[] to = high != null ? new Object[] {high, highInclusive ? KeyOrder.HIGHEST : KeyOrder.LOWEST} : null;
        for (long rowId : collect(from, to, true)) {
            consumer.accept(rowId);
        }
    }

    private long[] collect(Object[] from, Object[] to, boolean skipNullFirstColumn) {
        long[] rowIds = new long[8];
        int count = 0;
        synchronized (lock) {
            Cursor<Object[], Boolean> cursor = tree.cursor(from, true, to, true);
            while (cursor.next()) {
                Object[] entry = cursor.key();
                if (skipNullFirstColumn && entry[0] == null) {
                    continue;
                }
                if (count == rowIds.length) {
                    rowIds = Arrays.copyOf(rowIds, count * 2);
                }
                rowIds[count++] = rowIdOf(entry);
            }
        }
        return Arrays.copyOf(rowIds, count);
    }

    @Override
    public void clear() {
        synchronized (lock) {
            tree.clear();
        }
    }
}
