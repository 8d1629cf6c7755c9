package io.dosql.btree;

import io.dosql.fsx.StorageErrors;

/** Decodes node pages into {@link Node}s of one tree's key and value types, and encodes them back. */
final class NodeCodec implements MemoryMeter {
    /** Writes an overflow chain for a value too large for its leaf (supplied by the checkpoint). */
    interface OverflowWriter {
        OverflowReference write(byte[] data, int length);
    }

    private final KeyType<Object> keyType;
    /** Keys are longs in natural order: nodes keep primitive copies for searching. */
    final boolean longKeyed;
    private final DataType<Object> valueType;
    private final PageFile file;
    private final int maxInlineValue;
    private final ByteWriter page;
    private final ByteWriter scratch = new ByteWriter(256);
    private final byte[] pageImage;

    @SuppressWarnings("unchecked")
    NodeCodec(KeyType<?> keyType, DataType<?> valueType, PageFile file) {
        this.keyType = (KeyType<Object>) keyType;
        this.longKeyed = keyType.naturalLongOrder();
        this.valueType = (DataType<Object>) valueType;
        this.file = file;
        this.maxInlineValue = PageFormat.maxInlineValueBytes(file.pageSize);
        this.page = new ByteWriter(file.pageSize);
        this.pageImage = new byte[file.pageSize];
    }

    @Override
    public int keyMemory(Object key) {
        return keyType.memorySize(key);
    }

    @Override
    public int valueMemory(Object value) {
        return value instanceof OverflowReference ? OverflowReference.MEMORY : valueType.memorySize(value);
    }

    /** Reads and decodes node page {@code pageNumber} as a clean node. */
    Node load(long pageNumber) {
        byte[] bytes = file.read(pageNumber, PageFormat.LEAF);
        try {
            Node node = bytes[PageFormat.TYPE_OFFSET] == PageFormat.LEAF ? decodeLeaf(bytes) : decodeInner(bytes);
            node.page = pageNumber;
            return node;
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            throw StorageErrors.corrupted(file.objectName, pageNumber, "undecodable node: " + e.getMessage());
        }
    }

    private LeafNode decodeLeaf(byte[] bytes) {
        int count = PageFormat.getInt(bytes, PageFormat.BODY_OFFSET);
        if (count < 0 || count > file.pageSize) {
            throw new IllegalStateException("entry count " + count);
        }
        LeafNode leaf = new LeafNode(count, longKeyed);
        ByteReader in = new ByteReader(bytes, PageFormat.NODE_HEADER, bytes.length - PageFormat.NODE_HEADER);
        ByteReader slice = new ByteReader(bytes, 0, 0);
        int memory = Node.NODE_MEMORY;
        for (int i = 0; i < count; i++) {
            int start = in.position();
            int keyLength = in.readVarInt();
            slice.reset(bytes, in.position(), checkLength(keyLength, in));
            Object key = keyType.read(slice);
            in.skip(keyLength);
            int valueHeader = in.readVarInt();
            Object value;
            if (valueHeader == 0) {
                long firstPage = in.readLong();
                int length = in.readInt();
                value = new OverflowReference(firstPage, length);
            } else {
                int valueLength = valueHeader - 1;
                slice.reset(bytes, in.position(), checkLength(valueLength, in));
                value = valueType.read(slice);
                in.skip(valueLength);
            }
            if (longKeyed) {
                leaf.longKeys[i] = (Long) key;
            } else {
                leaf.keys[i] = key;
            }
            leaf.values[i] = value;
            leaf.sizes[i] = in.position() - start;
            memory += LeafNode.ENTRY_MEMORY + keyMemory(key) + valueMemory(value);
        }
        leaf.count = count;
        leaf.bytes = in.position();
        leaf.memory = memory;
        return leaf;
    }

    private InnerNode decodeInner(byte[] bytes) {
        int count = PageFormat.getInt(bytes, PageFormat.BODY_OFFSET);
        if (count < 0 || count > file.pageSize / 8) {
            throw new IllegalStateException("key count " + count);
        }
        InnerNode inner = new InnerNode(count, longKeyed);
        int offset = PageFormat.NODE_HEADER;
        for (int i = 0; i <= count; i++) {
            inner.childPages[i] = PageFormat.getLong(bytes, offset);
            offset += 8;
        }
        ByteReader in = new ByteReader(bytes, offset, bytes.length - offset);
        ByteReader slice = new ByteReader(bytes, 0, 0);
        int memory = Node.NODE_MEMORY + InnerNode.CHILD_MEMORY;
        for (int i = 0; i < count; i++) {
            int start = in.position();
            int keyLength = in.readVarInt();
            slice.reset(bytes, in.position(), checkLength(keyLength, in));
            Object key = keyType.read(slice);
            in.skip(keyLength);
            inner.keys[i] = key;
            if (longKeyed) {
                inner.longKeys[i] = (Long) key;
            }
            inner.keySizes[i] = in.position() - start;
            memory += InnerNode.KEY_MEMORY + InnerNode.CHILD_MEMORY + keyMemory(key);
        }
        inner.count = count;
        inner.bytes = in.position();
        inner.memory = memory;
        return inner;
    }

    private static int checkLength(int length, ByteReader in) {
        if (length < 0 || length > in.remaining()) {
            throw new IllegalStateException("length " + length + " with " + in.remaining() + " bytes left");
        }
        return length;
    }

    /** Serialized size of {@code key}, length prefix included. */
    int keyEntrySize(Object key) {
        int length = keyLength(key);
        return PageFormat.varIntSize(length) + length;
    }

    /** Serialized length of {@code key} alone. */
    int keyLength(Object key) {
        int known = keyType.encodedLength(key);
        if (known >= 0) {
            return known;
        }
        scratch.reset();
        keyType.write(key, scratch);
        return scratch.size();
    }

    /** Serialized size of {@code value} inside a leaf (an overflow reference when large). */
    int valueEntrySize(Object value) {
        if (value instanceof OverflowReference) {
            return PageFormat.OVERFLOW_REFERENCE_BYTES;
        }
        int length = valueType.encodedLength(value);
        if (length < 0) {
            scratch.reset();
            valueType.write(value, scratch);
            length = scratch.size();
        }
        return length > maxInlineValue ? PageFormat.OVERFLOW_REFERENCE_BYTES
                : PageFormat.varIntSize(length + 1) + length;
    }

    /** Decodes a value read from an overflow chain. */
    Object decodeValue(byte[] data) {
        return valueType.read(new ByteReader(data));
    }

    /**
     * Encodes a leaf into a full page image; large values go through {@code overflow}, and the
     * references it returns are kept in {@link LeafNode#attemptOverflow}.
     */
    byte[] encodeLeaf(LeafNode leaf, long generation, OverflowWriter overflow) {
        page.reset();
        writeNodeHeader(PageFormat.LEAF, generation, leaf.count);
        leaf.attemptOverflow = null;
        for (int i = 0; i < leaf.count; i++) {
            writeKey(leaf.keyAt(i));
            Object value = leaf.values[i];
            if (value instanceof OverflowReference reference) {
                writeReference(reference);
                continue;
            }
            int known = valueType.encodedLength(value);
            if (known >= 0 && known <= maxInlineValue) {
                // Written straight into the page (no scratch copy) when its length is known up front.
                page.writeVarInt(known + 1);
                writeExactly(valueType, value, known);
                continue;
            }
            scratch.reset();
            valueType.write(value, scratch);
            if (scratch.size() > maxInlineValue) {
                OverflowReference reference = overflow.write(scratch.array(), scratch.size());
                if (leaf.attemptOverflow == null) {
                    leaf.attemptOverflow = new OverflowReference[leaf.count];
                }
                leaf.attemptOverflow[i] = reference;
                writeReference(reference);
            } else {
                page.writeVarInt(scratch.size() + 1);
                page.writeBytes(scratch.array(), 0, scratch.size());
            }
        }
        return finishPage(leaf);
    }

    byte[] encodeInner(InnerNode inner, long generation) {
        page.reset();
        writeNodeHeader(PageFormat.INNER, generation, inner.count);
        for (int i = 0; i <= inner.count; i++) {
            page.writeLong(inner.childPages[i]);
        }
        for (int i = 0; i < inner.count; i++) {
            writeKey(inner.keys[i]);
        }
        return finishPage(inner);
    }

    /** varint length, then the key's bytes (straight into the page when its length is known). */
    private void writeKey(Object key) {
        int known = keyType.encodedLength(key);
        if (known >= 0) {
            page.writeVarInt(known);
            writeExactly(keyType, key, known);
            return;
        }
        scratch.reset();
        keyType.write(key, scratch);
        page.writeVarInt(scratch.size());
        page.writeBytes(scratch.array(), 0, scratch.size());
    }

    private void writeExactly(DataType<Object> type, Object value, int length) {
        int start = page.size();
        type.write(value, page);
        if (page.size() - start != length) {
            throw new IllegalStateException("a value encodes to " + (page.size() - start) + " bytes, but its type's "
                    + "encodedLength said " + length);
        }
    }

    private void writeReference(OverflowReference reference) {
        page.writeByte(0);
        page.writeLong(reference.firstPage());
        page.writeInt(reference.length());
    }

    private void writeNodeHeader(byte type, long generation, int count) {
        page.writeInt(0);
        page.writeByte(type);
        page.writeLong(generation);
        page.writeInt(count);
    }

    private byte[] finishPage(Node node) {
        if (page.size() != node.bytes || page.size() > file.pageSize) {
            throw new IllegalStateException("node encodes to " + page.size() + " bytes, expected " + node.bytes
                    + " (page size " + file.pageSize + "); a DataType does not serialize deterministically");
        }
        // One page image reused for every node: PageFile.write copies it before returning.
        byte[] bytes = pageImage;
        System.arraycopy(page.array(), 0, bytes, 0, page.size());
        java.util.Arrays.fill(bytes, page.size(), bytes.length, (byte) 0);
        return bytes;
    }
}
