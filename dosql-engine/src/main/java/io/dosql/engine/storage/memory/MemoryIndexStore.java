package io.dosql.engine.storage.memory;

import io.dosql.engine.storage.IndexStore;
import io.dosql.engine.storage.KeyOrder;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * An in-memory ordered index: a sorted map from key tuple to the row ids holding it (a Long for one
 * row, a long[] list for duplicates).
 */
public final class MemoryIndexStore implements IndexStore {
    private static final Object LOWEST = KeyOrder.LOWEST;
    private static final Object HIGHEST = KeyOrder.HIGHEST;
    static final Comparator<Object[]> KEY_ORDER = KeyOrder.TUPLES;

    private static Object[] padded(Object[] key, Object sentinel) {
        return KeyOrder.padded(key, sentinel);
    }

    private final TreeMap<Object[], Object> entries = new TreeMap<>(KEY_ORDER);
    private final int width;

    public MemoryIndexStore(int width) {
        this.width = width;
    }

    @Override
    public void insert(Object[] key, long rowId) {
        Object existing = entries.get(key);
        if (existing == null) {
            entries.put(key, rowId);
        } else if (existing instanceof Long single) {
            entries.put(key, new long[] {2, single, rowId});
        } else {
            long[] list = (long[]) existing;
            int size = (int) list[0];
            if (size + 1 >= list.length) {
                list = java.util.Arrays.copyOf(list, list.length * 2);
            }
            list[size + 1] = rowId;
            list[0] = size + 1;
            entries.put(key, list);
        }
    }

    @Override
    public void delete(Object[] key, long rowId) {
        Object existing = entries.get(key);
        if (existing == null) {
            return;
        }
        if (existing instanceof Long single) {
            if (single == rowId) {
                entries.remove(key);
            }
            return;
        }
        long[] list = (long[]) existing;
        int size = (int) list[0];
        for (int index = 1; index <= size; index++) {
            if (list[index] == rowId) {
                list[index] = list[size];
                list[0] = size - 1;
                break;
            }
        }
        if (list[0] == 0) {
            entries.remove(key);
        }
    }

    @Override
    public void seekEqual(Object[] key, LongConsumer consumer) {
        if (key.length == width) {
            emit(entries.get(key), consumer);
            return;
        }
        for (Object value : entries.subMap(padded(key, LOWEST), true, padded(key, HIGHEST), true).values()) {
            emit(value, consumer);
        }
    }

    @Override
    public long findAny(Object[] key, long ignoreRowId) {
        Object value = entries.get(key);
        if (value == null) {
            return -1;
        }
        if (value instanceof Long single) {
            return single == ignoreRowId ? -1 : single;
        }
        long[] list = (long[]) value;
        for (int index = 1; index <= list[0]; index++) {
            if (list[index] != ignoreRowId) {
                return list[index];
            }
        }
        return -1;
    }

    @Override
    public void range(Object low, boolean lowInclusive, Object high, boolean highInclusive, LongConsumer consumer) {
        NavigableMap<Object[], Object> view = entries;
        if (low != null) {
            view = view.tailMap(new Object[] {low, lowInclusive ? LOWEST : HIGHEST}, true);
        } else {
            // Skip null keys: a range predicate is never true for NULL.
            view = view.tailMap(new Object[] {null, HIGHEST}, true);
        }
        if (high != null) {
            view = view.headMap(new Object[] {high, highInclusive ? HIGHEST : LOWEST}, true);
        }
        for (Map.Entry<Object[], Object> entry : view.entrySet()) {
            if (entry.getKey()[0] == null) {
                continue;
            }
            emit(entry.getValue(), consumer);
        }
    }

    private static void emit(Object value, LongConsumer consumer) {
        if (value == null) {
            return;
        }
        if (value instanceof Long single) {
            consumer.accept(single);
            return;
        }
        long[] list = (long[]) value;
        int size = (int) list[0];
        for (int index = 1; index <= size; index++) {
            consumer.accept(list[index]);
        }
    }

    @Override
    public void clear() {
        entries.clear();
    }
}
