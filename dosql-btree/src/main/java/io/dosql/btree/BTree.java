package io.dosql.btree;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A copy-on-write B+tree of a {@link Pager} (placeholder: an in-memory sorted map until the pager lands). */
public final class BTree<K, V> {
    private final long id;
    private final KeyType<K> keyType;
    private final TreeMap<K, V> map;
    private long modifications;

    BTree(long id, KeyType<K> keyType, DataType<V> valueType) {
        this.id = id;
        this.keyType = keyType;
        this.map = new TreeMap<>(keyType);
    }

    public long id() {
        return id;
    }

    public V get(K key) {
        return map.get(key);
    }

    public V put(K key, V value) {
        modifications++;
        return map.put(key, value);
    }

    public V remove(K key) {
        modifications++;
        return map.remove(key);
    }

    public long size() {
        return map.size();
    }

    public K firstKey() {
        return map.isEmpty() ? null : map.firstKey();
    }

    public K lastKey() {
        return map.isEmpty() ? null : map.lastKey();
    }

    /** Ascending cursor over [from, to] (null bound = unbounded; inclusive flags apply to non-null bounds). */
    public Cursor<K, V> cursor(K from, boolean fromInclusive, K to, boolean toInclusive) {
        return new Cursor<>() {
            private K lastKey;
            private boolean started;
            private Map.Entry<K, V> current;

            @Override
            public boolean next() {
                Map.Entry<K, V> entry;
                if (!started) {
                    started = true;
                    entry = from == null ? map.firstEntry()
                            : fromInclusive ? map.ceilingEntry(from) : map.higherEntry(from);
                } else if (lastKey == null) {
                    return false;
                } else {
                    entry = map.higherEntry(lastKey);
                }
                if (entry != null && to != null) {
                    int c = keyType.compare(entry.getKey(), to);
                    if (c > 0 || (c == 0 && !toInclusive)) {
                        entry = null;
                    }
                }
                current = entry;
                lastKey = entry == null ? null : entry.getKey();
                return entry != null;
            }

            @Override
            public K key() {
                return current.getKey();
            }

            @Override
            public V value() {
                return current.getValue();
            }
        };
    }

    public void clear() {
        modifications++;
        map.clear();
    }
}
