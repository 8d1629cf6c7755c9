package io.dosql.btree;

/** How the pager serializes one kind of value stored in a {@link BTree}. */
public interface DataType<T> {
    void write(T value, ByteWriter out);

    T read(ByteReader in);

    /** Approximate heap bytes of the decoded value (buffer-pool accounting). */
    int memorySize(T value);

    /**
     * Optional fast path: the exact number of bytes {@link #write} produces for {@code value}, or -1 when
     * the tree should find out by writing it (the default). A wrong answer corrupts page images, which
     * the checkpoint detects and refuses.
     */
    default int encodedLength(T value) {
        return -1;
    }
}
