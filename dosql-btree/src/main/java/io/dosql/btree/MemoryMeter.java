package io.dosql.btree;

/** Heap-size estimates of a tree's keys and values (wraps the caller's DataTypes). */
interface MemoryMeter {
    int keyMemory(Object key);

    /** For an {@link OverflowReference} the reference's own size. */
    int valueMemory(Object value);
}
