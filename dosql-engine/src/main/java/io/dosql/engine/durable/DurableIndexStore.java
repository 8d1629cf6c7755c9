package io.dosql.engine.durable;

import io.dosql.engine.storage.IndexStore;
import java.util.function.LongConsumer;

/**
 * The index store of a durable database: its B+tree, or while recovery replays the checkpoint's DDL
 * history an in-memory placeholder that recovery then {@linkplain #replace replaces} by the tree saved
 * under the index's name.
 */
final class DurableIndexStore implements IndexStore {
    private IndexStore target;

    DurableIndexStore(IndexStore target) {
        this.target = target;
    }

    IndexStore target() {
        return target;
    }

    void replace(IndexStore newTarget) {
        target = newTarget;
    }

    @Override
    public void insert(Object[] key, long rowId) {
        target.insert(key, rowId);
    }

    @Override
    public void delete(Object[] key, long rowId) {
        target.delete(key, rowId);
    }

    @Override
    public void seekEqual(Object[] key, LongConsumer consumer) {
        target.seekEqual(key, consumer);
    }

    @Override
    public long findAny(Object[] key, long ignoreRowId) {
        return target.findAny(key, ignoreRowId);
    }

    @Override
    public void range(Object low, boolean lowInclusive, Object high, boolean highInclusive, LongConsumer consumer) {
        target.range(low, lowInclusive, high, highInclusive, consumer);
    }

    @Override
    public void clear() {
        target.clear();
    }
}
