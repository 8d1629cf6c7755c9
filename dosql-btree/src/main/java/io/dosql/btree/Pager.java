package io.dosql.btree;

import io.dosql.fsx.StorageBackend;
import java.util.HashMap;
import java.util.Map;

/** Pages of one storage object holding B+trees (placeholder: in memory until the real pager lands). */
public final class Pager implements AutoCloseable {
    private final StorageBackend backend;
    private final Map<Long, BTree<?, ?>> trees = new HashMap<>();
    private byte[] metadata = new byte[0];
    private long nextTreeId = 1;
    private long checkpoints;

    private Pager(StorageBackend backend) {
        this.backend = backend;
    }

    /** Opens (or creates when absent/empty) the paged file {@code objectName} in {@code backend}. */
    public static Pager open(StorageBackend backend, String objectName, PagerOptions options) {
        return new Pager(backend);
    }

    /** The caller's blob saved by the last checkpoint (empty when new). */
    public byte[] metadata() {
        return metadata.clone();
    }

    public <K, V> BTree<K, V> createTree(KeyType<K> keyType, DataType<V> valueType) {
        BTree<K, V> tree = new BTree<>(nextTreeId++, keyType, valueType);
        trees.put(tree.id(), tree);
        return tree;
    }

    @SuppressWarnings("unchecked")
    public <K, V> BTree<K, V> openTree(long treeId, KeyType<K> keyType, DataType<V> valueType) {
        BTree<?, ?> tree = trees.get(treeId);
        if (tree == null) {
            throw new IllegalArgumentException("no tree " + treeId);
        }
        return (BTree<K, V>) tree;
    }

    public void dropTree(long treeId) {
        trees.remove(treeId);
    }

    /** Atomically persists all trees and {@code metadata}. */
    public void checkpoint(byte[] metadata) {
        this.metadata = metadata.clone();
        checkpoints++;
    }

    public PagerStats stats() {
        return new PagerStats(backend.pageSize(), 0, 0, 0, 0, 0, 0, checkpoints);
    }

    /** Releases the pool; does not checkpoint. */
    @Override
    public void close() {
    }
}
