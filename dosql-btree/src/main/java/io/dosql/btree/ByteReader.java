package io.dosql.btree;

import java.nio.charset.StandardCharsets;

/** Reads what a {@link ByteWriter} wrote, from a slice of a byte array. */
public final class ByteReader {
    private byte[] buffer;
    private int position;
    private int end;

    public ByteReader(byte[] buffer) {
        this(buffer, 0, buffer.length);
    }

    public ByteReader(byte[] buffer, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buffer.length) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + length + " of " + buffer.length);
        }
        this.buffer = buffer;
        this.position = offset;
        this.end = offset + length;
    }

    private void need(int count) {
        if (end - position < count) {
            throw new IndexOutOfBoundsException("read of " + count + " bytes with " + (end - position) + " left");
        }
    }

    public byte readByte() {
        need(1);
        return buffer[position++];
    }

    public int readInt() {
        need(4);
        int value = ((buffer[position] & 0xFF) << 24) | ((buffer[position + 1] & 0xFF) << 16)
                | ((buffer[position + 2] & 0xFF) << 8) | (buffer[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    public long readLong() {
        return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
    }

    public int readVarInt() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = readByte();
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("malformed var-int");
    }

    public long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            byte b = readByte();
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("malformed var-long");
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    public byte[] readBytes(int count) {
        need(count);
        byte[] bytes = new byte[count];
        System.arraycopy(buffer, position, bytes, 0, count);
        position += count;
        return bytes;
    }

    public String readString() {
        int length = readVarInt();
        need(length);
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public int remaining() {
        return end - position;
    }

    /** Re-targets this reader at another slice (the pager reuses one reader while decoding a page). */
    void reset(byte[] newBuffer, int offset, int length) {
        this.buffer = newBuffer;
        this.position = offset;
        this.end = offset + length;
    }

    /** Absolute position in the backing array (for the pager's page parsing). */
    int position() {
        return position;
    }

    void skip(int count) {
        need(count);
        position += count;
    }
}
