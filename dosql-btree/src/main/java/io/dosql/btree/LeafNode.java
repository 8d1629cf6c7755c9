package io.dosql.btree;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A leaf: sorted keys with their values. A value is the caller's object or, when it lives in
 * overflow pages, an {@link OverflowReference}.
 *
 * <pre>
 * page body (after the 17-byte node header):
 *   per entry: varint keyLength, key bytes,
 *              varint valueHeader — 0: overflow, then first page (8) and length (4);
 *                                   n &gt; 0: inline value of n - 1 bytes follows
 * </pre>
 */
final class LeafNode extends Node {
    static final int ENTRY_MEMORY = 28; // key, value and primitive-key slots, entry size

    Object[] values;
    /** Serialized size of each entry. */
    int[] sizes;
    /** Overflow chains written by the checkpoint under way, by entry (null outside one). */
    OverflowReference[] attemptOverflow;

    /**
     * A long-keyed leaf keeps its keys only in {@link #longKeys} ({@code keys} is null): a row id tree
     * being loaded then holds no boxed key per entry for the garbage collector to copy.
     */
    LeafNode(int capacity, boolean longKeyed) {
        keys = longKeyed ? null : new Object[capacity];
        longKeys = longKeysOrNull(longKeyed, capacity);
        values = new Object[capacity];
        sizes = new int[capacity];
        bytes = PageFormat.NODE_HEADER;
        memory = NODE_MEMORY;
    }

    @Override
    boolean isLeaf() {
        return true;
    }

    @Override
    LeafNode dirtyCopy() {
        LeafNode copy = new LeafNode(0, false);
        int capacity = count + 4;
        copy.keys = keys == null ? null : Arrays.copyOf(keys, capacity);
        copy.longKeys = longKeys == null ? null : Arrays.copyOf(longKeys, capacity);
        copy.values = Arrays.copyOf(values, capacity);
        copy.sizes = Arrays.copyOf(sizes, capacity);
        copy.count = count;
        copy.bytes = bytes;
        copy.memory = memory;
        copy.dirty = true;
        return copy;
    }

    /** The key of entry {@code index} (boxed afresh in a long-keyed leaf). */
    Object keyAt(int index) {
        return longKeys != null ? (Object) longKeys[index] : keys[index];
    }

    /** Replaces the key of entry {@code index} by an equal one. */
    void setKeyAt(int index, Object key) {
        if (keys != null) {
            keys[index] = key;
        }
    }

    /** Index of {@code key}, or {@code -(insertion point) - 1}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int search(Object key, Comparator comparator) {
        if (longKeys != null) {
            return searchLongs(longKeys, count, (Long) key);
        }
        int low = 0;
        int high = count - 1;
        Object[] k = keys;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = comparator.compare(k[mid], key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    void insert(int index, Object key, Object value, int size, int entryMemory) {
        if (count == values.length) {
            int capacity = grow(count);
            if (keys != null) {
                keys = Arrays.copyOf(keys, capacity);
            }
            values = Arrays.copyOf(values, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            if (longKeys != null) {
                longKeys = Arrays.copyOf(longKeys, capacity);
            }
        }
        int tail = count - index;
        if (longKeys != null) {
            System.arraycopy(longKeys, index, longKeys, index + 1, tail);
            longKeys[index] = (Long) key;
        } else {
            System.arraycopy(keys, index, keys, index + 1, tail);
            keys[index] = key;
        }
        System.arraycopy(values, index, values, index + 1, tail);
        System.arraycopy(sizes, index, sizes, index + 1, tail);
        values[index] = value;
        sizes[index] = size;
        count++;
        bytes += size;
        memory += entryMemory;
    }

    void removeAt(int index, int entryMemory) {
        bytes -= sizes[index];
        memory -= entryMemory;
        int tail = count - index - 1;
        if (longKeys != null) {
            System.arraycopy(longKeys, index + 1, longKeys, index, tail);
        } else {
            System.arraycopy(keys, index + 1, keys, index, tail);
        }
        System.arraycopy(values, index + 1, values, index, tail);
        System.arraycopy(sizes, index + 1, sizes, index, tail);
        count--;
        if (keys != null) {
            keys[count] = null;
        }
        values[count] = null;
    }

    /** Moves entries [from, count) into a new dirty right sibling. */
    LeafNode splitOff(int from, MemoryMeter meter) {
        return splitOff(from, meter, count - from + 4);
    }

    /** {@link #splitOff(int, MemoryMeter)} with room for {@code capacity} entries (appends fill the sibling). */
    LeafNode splitOff(int from, MemoryMeter meter, int capacity) {
        int moved = count - from;
        LeafNode right = new LeafNode(Math.max(capacity, moved + 4), longKeys != null);
        right.dirty = true;
        if (longKeys != null) {
            System.arraycopy(longKeys, from, right.longKeys, 0, moved);
        } else {
            System.arraycopy(keys, from, right.keys, 0, moved);
        }
        System.arraycopy(values, from, right.values, 0, moved);
        System.arraycopy(sizes, from, right.sizes, 0, moved);
        right.count = moved;
        for (int i = 0; i < moved; i++) {
            right.bytes += right.sizes[i];
            right.memory += ENTRY_MEMORY + meter.keyMemory(right.keyAt(i)) + meter.valueMemory(right.values[i]);
        }
        if (keys != null) {
            Arrays.fill(keys, from, count, null);
        }
        Arrays.fill(values, from, count, null);
        count = from;
        bytes -= right.bytes - PageFormat.NODE_HEADER;
        memory -= right.memory - NODE_MEMORY;
        return right;
    }

    /** Appends all of {@code right}'s entries (the right neighbour being merged away). */
    void absorb(LeafNode right) {
        int total = count + right.count;
        if (total > values.length) {
            if (keys != null) {
                keys = Arrays.copyOf(keys, total + 4);
            }
            values = Arrays.copyOf(values, total + 4);
            sizes = Arrays.copyOf(sizes, total + 4);
            if (longKeys != null) {
                longKeys = Arrays.copyOf(longKeys, total + 4);
            }
        }
        if (longKeys != null) {
            System.arraycopy(right.longKeys, 0, longKeys, count, right.count);
        } else {
            System.arraycopy(right.keys, 0, keys, count, right.count);
        }
        System.arraycopy(right.values, 0, values, count, right.count);
        System.arraycopy(right.sizes, 0, sizes, count, right.count);
        count = total;
        bytes += right.bytes - PageFormat.NODE_HEADER;
        memory += right.memory - NODE_MEMORY;
    }
}
