package io.dosql.btree;

/**
 * An ascending iteration over a key range of a {@link BTree}. It stays valid while the tree is
 * modified between calls to {@link #next()}: it continues with the first key greater than the last
 * key it returned, as the tree is now.
 */
public interface Cursor<K, V> {
    /** Advances to the next entry; false when the range is exhausted. */
    boolean next();

    K key();

    V value();
}
