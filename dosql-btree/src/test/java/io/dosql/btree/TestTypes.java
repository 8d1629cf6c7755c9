package io.dosql.btree;

import java.util.Arrays;

/** Key and value types for the tests. */
final class TestTypes {
    private TestTypes() {
    }

    static final KeyType<Long> LONG_KEY = new LongKey(true);

    /** The same keys searched through the comparator (no primitive fast path). */
    static final KeyType<Long> LONG_KEY_VIA_COMPARATOR = new LongKey(false);

    private record LongKey(boolean naturalLongOrder) implements KeyType<Long> {
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
            return 24;
        }

        @Override
        public int compare(Long a, Long b) {
            return Long.compare(a, b);
        }
    }

    static final KeyType<String> STRING_KEY = new KeyType<>() {
        @Override
        public void write(String value, ByteWriter out) {
            out.writeString(value);
        }

        @Override
        public String read(ByteReader in) {
            return in.readString();
        }

        @Override
        public int memorySize(String value) {
            return 40 + value.length();
        }

        @Override
        public int compare(String a, String b) {
            return a.compareTo(b);
        }
    };

    static final DataType<String> STRING = new DataType<>() {
        @Override
        public void write(String value, ByteWriter out) {
            out.writeString(value);
        }

        @Override
        public String read(ByteReader in) {
            return in.readString();
        }

        @Override
        public int memorySize(String value) {
            return 40 + value.length();
        }
    };

    static final DataType<byte[]> BYTES = new DataType<>() {
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
            return 16 + value.length;
        }
    };

    /** A deterministic value of {@code length} characters for {@code key}. */
    static String text(long key, int length) {
        char[] chars = new char[length];
        Arrays.fill(chars, (char) ('a' + Math.floorMod(key, 26)));
        String prefix = Long.toString(key);
        for (int i = 0; i < Math.min(prefix.length(), length); i++) {
            chars[i] = prefix.charAt(i);
        }
        return new String(chars);
    }
}
