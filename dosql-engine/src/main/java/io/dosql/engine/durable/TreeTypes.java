package io.dosql.engine.durable;

import io.dosql.btree.ByteReader;
import io.dosql.btree.ByteWriter;
import io.dosql.btree.DataType;
import io.dosql.btree.KeyType;
import io.dosql.core.Bytes;
import io.dosql.engine.storage.KeyOrder;
import java.math.BigDecimal;

/** How rows and index entries are stored in B+trees: row id keys, rows and key tuples in {@link ValueCodec}. */
final class TreeTypes {
    private TreeTypes() {
    }

    /** Table trees are keyed by row id. */
    static final KeyType<Long> ROW_ID = new KeyType<>() {
        @Override
        public void write(Long value, ByteWriter out) {
            out.writeLong(value);
        }

        @Override
        public Long read(ByteReader in) {
            return in.readLong();
        }

        @Override
        public int memorySize(Long value) {
            return 16;
        }

        @Override
        public int encodedLength(Long value) {
            return Long.BYTES;
        }

        @Override
        public int compare(Long left, Long right) {
            return Long.compare(left, right);
        }

        @Override
        public boolean naturalLongOrder() {
            return true;
        }
    };

    /**
     * A tuple of values: a table row, or an index entry (the key tuple followed by the row id, so
     * duplicates are distinct entries), ordered by {@link KeyOrder#TUPLES}.
     */
    private static final KeyType<Object[]> TUPLE = new KeyType<>() {
        @Override
        public void write(Object[] value, ByteWriter out) {
            writeTuple(value, out);
        }

        @Override
        public Object[] read(ByteReader in) {
            return readTuple(in);
        }

        @Override
        public int memorySize(Object[] value) {
            return tupleSize(value);
        }

        @Override
        public int encodedLength(Object[] value) {
            int length = ValueCodec.encodedRowLength(value);
            return varIntSize(length) + length;
        }

        @Override
        public int compare(Object[] left, Object[] right) {
            return KeyOrder.TUPLES.compare(left, right);
        }
    };

    /**
     * A table row, kept encoded ({@link ValueCodec#encodeRow}): the bytes the redo log holds are the bytes
     * the tree holds (one encoding per change), and a dirty leaf costs about the row's size in memory
     * instead of its decoded objects. Same page format as a {@link #INDEX_ENTRY} tuple.
     */
    static final DataType<byte[]> ROW = new DataType<>() {
        @Override
        public void write(byte[] value, ByteWriter out) {
            out.writeVarInt(value.length);
            out.writeBytes(value);
        }

        @Override
        public byte[] read(ByteReader in) {
            return in.readBytes(in.readVarInt());
        }

        @Override
        public int memorySize(byte[] value) {
            return 16 + ((value.length + 7) & ~7);
        }

        @Override
        public int encodedLength(byte[] value) {
            return varIntSize(value.length) + value.length;
        }
    };

    /** An index entry. */
    static final KeyType<Object[]> INDEX_ENTRY = TUPLE;

    /** Index entries carry no value. */
    static final DataType<Boolean> PRESENT = new DataType<>() {
        @Override
        public void write(Boolean value, ByteWriter out) {
        }

        @Override
        public Boolean read(ByteReader in) {
            return Boolean.TRUE;
        }

        @Override
        public int memorySize(Boolean value) {
            return 0;
        }
    };

    /** Bytes of {@code ByteWriter.writeVarInt(value)} for a non-negative value. */
    private static int varIntSize(int value) {
        return value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
    }

    private static void writeTuple(Object[] tuple, ByteWriter out) {
        ValueCodec.writeRowWithLength(tuple, out);
    }

    private static Object[] readTuple(ByteReader in) {
        int length = in.readVarInt();
        return ValueCodec.decodeRow(in.readBytes(length), "data");
    }

    /** Rough heap bytes of a decoded tuple (buffer-pool accounting). */
    static int tupleSize(Object[] tuple) {
        long size = 16 + 8L * tuple.length;
        for (Object value : tuple) {
            if (value instanceof Integer || value instanceof Long) {
                size += 24; // the commonest key values first (this runs for every index entry written)
            } else if (value instanceof String text) {
                size += 40 + 2L * text.length();
            } else if (value instanceof Bytes bytes) {
                size += 32 + bytes.length();
            } else if (value instanceof BigDecimal) {
                size += 64;
            } else if (value != null) {
                size += 24;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }
}
