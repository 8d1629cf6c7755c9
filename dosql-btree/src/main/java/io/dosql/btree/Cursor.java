package io.dosql.btree;

/**
 * An ascending iteration over a key range of a {@link BTree}. It stays valid while the tree is
 * modified between calls to {@link #next()}: it continues with the first key greater than the last
 * key it returned, as the tree is now. Read {@link #value()} before changing the tree: a large value
 * of a row replaced and then checkpointed twice may no longer be readable through the cursor.
 */
public interface Cursor<K, V> {
    /** Advances to the next entry; false when the range is exhausted. */
    boolean next();

    K key();

    V value();
}
