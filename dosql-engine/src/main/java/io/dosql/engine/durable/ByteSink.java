package io.dosql.engine.durable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the primitive encodings of the redo log and the row codec (big-endian). */
final class ByteSink {
    private byte[] buffer;
    private int size;

    ByteSink() {
        this(64);
    }

    ByteSink(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            long wanted = Math.max((long) buffer.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("redo buffer exceeds 2 GB");
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    void writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    void writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    /** Unsigned LEB128 of a non-negative value (7 bits a byte). */
    void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    /** Zig-zag then LEB128, for values that may be negative. */
    void writeSignedVarLong(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    void writeBytes(byte[] bytes) {
        writeVarLong(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /** Bytes without a length prefix (an already encoded part, such as a row). */
    void writeRaw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    void writeString(String value) {
        // ASCII (the common case) is its own UTF-8: copied char by char, without an encoded copy.
        int length = value.length();
        int start = size;
        writeVarLong(length);
        ensure(length);
        for (int index = 0; index < length; index++) {
            char c = value.charAt(index);
            if (c >= 0x80) {
                size = start;
                writeBytes(value.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buffer[size + index] = (byte) c;
        }
        size += length;
    }

    int size() {
        return size;
    }

    /** Forgets everything from {@code newSize} on. */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("cannot truncate " + size + " bytes to " + newSize);
        }
        size = newSize;
    }

    /** Empties the sink, keeping its buffer (scratch use). */
    void reset() {
        size = 0;
    }

    /** The backing array, valid up to {@link #size()}. */
    byte[] array() {
        return buffer;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
