package io.dosql.btree;

import java.util.Comparator;

/** A serializable key type whose comparator orders the keys of a {@link BTree}. */
public interface KeyType<K> extends DataType<K>, Comparator<K> {
    /**
     * Optional fast path: true when every key is a {@link Long} and {@link #compare} orders keys
     * exactly as {@link Long#compare} does (e.g. row ids). The tree then binary-searches primitive
     * copies of the keys instead of calling the comparator.
     */
    default boolean naturalLongOrder() {
        return false;
    }
}
