package io.dosql.btree;

/**
 * A decoded B+tree node held by the buffer pool.
 *
 * <p>States: <em>clean</em> (equal to page {@link #page}, immutable, evictable when not a root) and
 * <em>dirty</em> (changed since the last checkpoint, no page yet, mutated in place, pinned until the
 * next checkpoint). A clean node is never modified: the writer copies it ({@link #dirtyCopy}) and
 * frees its page after the next checkpoint.
 *
 * <p>Invariants: (1) a dirty node's parent is dirty (the path to the root is copied);
 * (2) a clean non-root node is held by exactly one slot, {@code parent.children[i]}, which eviction
 * clears; (3) {@link #bytes} is the exact serialized size and never exceeds the page size after a
 * write operation returns.
 */
abstract class Node {
    static final long NO_PAGE = -1;
    /** Heap bytes of the node object and its arrays' headers. */
    static final int NODE_MEMORY = 96;

    Object[] keys;
    /** Primitive copies of {@link #keys} when the tree's keys are longs in natural order (else null). */
    long[] longKeys;
    int count;
    /** Serialized size of the page image, header included. */
    int bytes;
    /** Approximate heap bytes (buffer-pool accounting). */
    int memory;
    long page = NO_PAGE;
    boolean dirty;
    /** Holder of this node's slot when clean and not a root (for eviction). */
    InnerNode parent;
    /** Position in the pool's clock ring, -1 when not in it. */
    int ringIndex = -1;
    /** Clock reference bit; set by readers without locking (a lost update only changes who is evicted). */
    boolean referenced = true;
    /** Page assigned by the checkpoint under way (meaningful only within one checkpoint attempt). */
    long attemptPage;

    abstract boolean isLeaf();

    /** A dirty copy with room to grow. */
    abstract Node dirtyCopy();

    static long[] longKeysOrNull(boolean longKeyed, int capacity) {
        return longKeyed ? new long[capacity] : null;
    }

    /** Binary search of {@code key} in the primitive keys: index or {@code -(insertion point) - 1}. */
    static int searchLongs(long[] longs, int count, long key) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long probe = longs[mid];
            if (probe < key) {
                low = mid + 1;
            } else if (probe > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    static int grow(int length) {
        return Math.max(8, length + (length >> 1));
    }
}
