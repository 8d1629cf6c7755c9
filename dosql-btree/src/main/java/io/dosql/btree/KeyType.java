package io.dosql.btree;

import java.util.Comparator;

/** A serializable key type whose comparator orders the keys of a {@link BTree}. */
public interface KeyType<K> extends DataType<K>, Comparator<K> {
}
