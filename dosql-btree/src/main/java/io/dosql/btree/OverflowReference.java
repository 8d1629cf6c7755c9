package io.dosql.btree;

/** A leaf value stored in a chain of overflow pages: its first page and its serialized length. */
record OverflowReference(long firstPage, int length) {
    /** Heap bytes charged to the buffer pool for a value left on disk. */
    static final int MEMORY = 32;
}
