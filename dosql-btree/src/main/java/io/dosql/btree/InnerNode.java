package io.dosql.btree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Comparator;

/**
 * An inner node: {@code count} separator keys and {@code count + 1} children. Child {@code i} holds
 * the keys k with {@code keys[i-1] <= k < keys[i]}. A child is referenced by page number
 * ({@link #childPages}, valid when the child is clean) and, while resident, by object
 * ({@link #children}: filled by loads, cleared by eviction; a dirty child is only here).
 *
 * <pre>
 * page body (after the 17-byte node header):
 *   (count + 1) child page numbers, 8 bytes each
 *   per key: varint keyLength, key bytes
 * </pre>
 */
final class InnerNode extends Node {
    static final int KEY_MEMORY = 20;
    static final int CHILD_MEMORY = 16;
    static final VarHandle CHILD = MethodHandles.arrayElementVarHandle(Node[].class);

    long[] childPages;
    Node[] children;
    /** Serialized size of each key, length prefix included. */
    int[] keySizes;

    InnerNode(int keyCapacity, boolean longKeyed) {
        keys = new Object[keyCapacity];
        longKeys = longKeysOrNull(longKeyed, keyCapacity);
        keySizes = new int[keyCapacity];
        childPages = new long[keyCapacity + 1];
        children = new Node[keyCapacity + 1];
        bytes = PageFormat.NODE_HEADER + 8;
        memory = NODE_MEMORY + CHILD_MEMORY;
    }

    @Override
    boolean isLeaf() {
        return false;
    }

    @Override
    InnerNode dirtyCopy() {
        InnerNode copy = new InnerNode(0, false);
        int capacity = count + 4;
        copy.keys = Arrays.copyOf(keys, capacity);
        copy.longKeys = longKeys == null ? null : Arrays.copyOf(longKeys, capacity);
        copy.keySizes = Arrays.copyOf(keySizes, capacity);
        copy.childPages = Arrays.copyOf(childPages, capacity + 1);
        copy.children = Arrays.copyOf(children, capacity + 1);
        copy.count = count;
        copy.bytes = bytes;
        copy.memory = memory;
        copy.dirty = true;
        for (int i = 0; i <= count; i++) {
            Node child = copy.children[i];
            if (child != null) {
                child.parent = copy;
            }
        }
        return copy;
    }

    /** Index of the child whose range holds {@code key}: the number of separators &lt;= key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    int childIndex(Object key, Comparator comparator) {
        if (longKeys != null) {
            int found = searchLongs(longKeys, count, (Long) key);
            return found >= 0 ? found + 1 : -found - 1;
        }
        int low = 0;
        int high = count;
        Object[] k = keys;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (comparator.compare(k[mid], key) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    Node residentChild(int index) {
        return (Node) CHILD.getAcquire(children, index);
    }

    void setChild(int index, Node child) {
        CHILD.setRelease(children, index, child);
    }

    /** Clears slot {@code index} if it still holds {@code child} (eviction). */
    boolean clearChild(Node child) {
        Node[] slots = children;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == child) {
                return CHILD.compareAndSet(slots, i, child, null);
            }
        }
        return false;
    }

    /** Inserts separator {@code key} at {@code index} with {@code right} as child {@code index + 1}. */
    void insertSeparator(int index, Object key, int keySize, int keyMemory, Node right) {
        if (count == keys.length) {
            int capacity = grow(count);
            keys = Arrays.copyOf(keys, capacity);
            keySizes = Arrays.copyOf(keySizes, capacity);
            childPages = Arrays.copyOf(childPages, capacity + 1);
            children = Arrays.copyOf(children, capacity + 1);
            if (longKeys != null) {
                longKeys = Arrays.copyOf(longKeys, capacity);
            }
        }
        if (longKeys != null) {
            System.arraycopy(longKeys, index, longKeys, index + 1, count - index);
            longKeys[index] = (Long) key;
        }
        System.arraycopy(keys, index, keys, index + 1, count - index);
        System.arraycopy(keySizes, index, keySizes, index + 1, count - index);
        System.arraycopy(childPages, index + 1, childPages, index + 2, count - index);
        System.arraycopy(children, index + 1, children, index + 2, count - index);
        keys[index] = key;
        keySizes[index] = keySize;
        childPages[index + 1] = NO_PAGE;
        children[index + 1] = right;
        right.parent = this;
        count++;
        bytes += keySize + 8;
        memory += KEY_MEMORY + CHILD_MEMORY + keyMemory;
    }

    /** Removes separator {@code keyIndex} and child {@code childIndex} (keyIndex or keyIndex + 1). */
    void removeSeparator(int keyIndex, int childIndex, int keyMemory) {
        bytes -= keySizes[keyIndex] + 8;
        memory -= KEY_MEMORY + CHILD_MEMORY + keyMemory;
        if (longKeys != null) {
            System.arraycopy(longKeys, keyIndex + 1, longKeys, keyIndex, count - keyIndex - 1);
        }
        System.arraycopy(keys, keyIndex + 1, keys, keyIndex, count - keyIndex - 1);
        System.arraycopy(keySizes, keyIndex + 1, keySizes, keyIndex, count - keyIndex - 1);
        System.arraycopy(childPages, childIndex + 1, childPages, childIndex, count - childIndex);
        System.arraycopy(children, childIndex + 1, children, childIndex, count - childIndex);
        children[count] = null;
        count--;
        keys[count] = null;
    }

    /**
     * Moves separators after {@code upIndex} and their children into a new dirty right sibling;
     * separator {@code upIndex} is dropped here (the caller moves it up).
     */
    InnerNode splitOff(int upIndex, MemoryMeter meter) {
        int movedKeys = count - upIndex - 1;
        InnerNode right = new InnerNode(movedKeys + 4, longKeys != null);
        right.dirty = true;
        if (longKeys != null) {
            System.arraycopy(longKeys, upIndex + 1, right.longKeys, 0, movedKeys);
        }
        System.arraycopy(keys, upIndex + 1, right.keys, 0, movedKeys);
        System.arraycopy(keySizes, upIndex + 1, right.keySizes, 0, movedKeys);
        System.arraycopy(childPages, upIndex + 1, right.childPages, 0, movedKeys + 1);
        System.arraycopy(children, upIndex + 1, right.children, 0, movedKeys + 1);
        right.count = movedKeys;
        for (int i = 0; i < movedKeys; i++) {
            right.bytes += right.keySizes[i] + 8;
            right.memory += KEY_MEMORY + CHILD_MEMORY + meter.keyMemory(right.keys[i]);
        }
        for (int i = 0; i <= movedKeys; i++) {
            if (right.children[i] != null) {
                right.children[i].parent = right;
            }
        }
        int upMemory = KEY_MEMORY + CHILD_MEMORY + meter.keyMemory(keys[upIndex]);
        bytes -= right.bytes - PageFormat.NODE_HEADER - 8 + keySizes[upIndex] + 8;
        memory -= right.memory - NODE_MEMORY - CHILD_MEMORY + upMemory;
        Arrays.fill(keys, upIndex, count, null);
        Arrays.fill(children, upIndex + 1, count + 1, null);
        count = upIndex;
        return right;
    }

    /** Appends separator {@code key} and all of {@code right}'s keys and children. */
    void absorb(Object key, int keySize, int keyMemory, InnerNode right) {
        int total = count + 1 + right.count;
        if (total > keys.length) {
            keys = Arrays.copyOf(keys, total + 4);
            keySizes = Arrays.copyOf(keySizes, total + 4);
            childPages = Arrays.copyOf(childPages, total + 5);
            children = Arrays.copyOf(children, total + 5);
            if (longKeys != null) {
                longKeys = Arrays.copyOf(longKeys, total + 4);
            }
        }
        if (longKeys != null) {
            longKeys[count] = (Long) key;
            System.arraycopy(right.longKeys, 0, longKeys, count + 1, right.count);
        }
        keys[count] = key;
        keySizes[count] = keySize;
        System.arraycopy(right.keys, 0, keys, count + 1, right.count);
        System.arraycopy(right.keySizes, 0, keySizes, count + 1, right.count);
        System.arraycopy(right.childPages, 0, childPages, count + 1, right.count + 1);
        System.arraycopy(right.children, 0, children, count + 1, right.count + 1);
        for (int i = count + 1; i <= total; i++) {
            if (children[i] != null) {
                children[i].parent = this;
            }
        }
        count = total;
        bytes += keySize + right.bytes - PageFormat.NODE_HEADER;
        memory += KEY_MEMORY + keyMemory + right.memory - NODE_MEMORY;
    }
}
