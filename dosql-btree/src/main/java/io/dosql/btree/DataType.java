package io.dosql.btree;

/** How the pager serializes one kind of value stored in a {@link BTree}. */
public interface DataType<T> {
    void write(T value, ByteWriter out);

    T read(ByteReader in);

    /** Approximate heap bytes of the decoded value (buffer-pool accounting). */
    int memorySize(T value);
}
