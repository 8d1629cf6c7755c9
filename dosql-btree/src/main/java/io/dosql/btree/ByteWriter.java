package io.dosql.btree;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer that {@link DataType}s serialize keys and values into. */
public final class ByteWriter {
    private byte[] buffer;
    private int size;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int initialCapacity) {
        this.buffer = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        int needed = size + extra;
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }

    public void writeByte(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    public void writeInt(int value) {
        ensure(4);
        buffer[size] = (byte) (value >>> 24);
        buffer[size + 1] = (byte) (value >>> 16);
        buffer[size + 2] = (byte) (value >>> 8);
        buffer[size + 3] = (byte) value;
        size += 4;
    }

    public void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    /** Unsigned LEB128 of the int's 32 bits (1–5 bytes; negative values take 5). */
    public void writeVarInt(int value) {
        ensure(5);
        while ((value & ~0x7F) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    /** Unsigned LEB128 of the long's 64 bits (1–10 bytes). */
    public void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
    }

    public void writeDouble(double value) {
        writeLong(Double.doubleToRawLongBits(value));
    }

    public void writeFloat(float value) {
        writeInt(Float.floatToRawIntBits(value));
    }

    public void writeBytes(byte[] bytes) {
        writeBytes(bytes, 0, bytes.length);
    }

    public void writeBytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** UTF-8 bytes preceded by their count as a var-int. */
    public void writeString(String value) {
        // ASCII (the common case) is its own UTF-8: copied char by char, without an encoded copy.
        int length = value.length();
        int start = size;
        writeVarInt(length);
        ensure(length);
        for (int index = 0; index < length; index++) {
            char c = value.charAt(index);
            if (c >= 0x80) {
                size = start;
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                writeVarInt(bytes.length);
                writeBytes(bytes);
                return;
            }
            buffer[size + index] = (byte) c;
        }
        size += length;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    public void reset() {
        size = 0;
    }

    /** The backing array (valid up to {@link #size()}); for the pager, which copies it into pages. */
    byte[] array() {
        return buffer;
    }
}
