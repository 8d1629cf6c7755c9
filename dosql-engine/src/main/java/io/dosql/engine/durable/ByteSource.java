package io.dosql.engine.durable;

import io.dosql.core.ErrorCode;
import java.nio.charset.StandardCharsets;

/** Reads what a {@link ByteSink} wrote; running past the end is corruption (XX001). */
final class ByteSource {
    private final byte[] buffer;
    private final String origin;
    private int position;
    private final int end;

    ByteSource(byte[] buffer, String origin) {
        this(buffer, 0, buffer.length, origin);
    }

    ByteSource(byte[] buffer, int offset, int length, String origin) {
        this.buffer = buffer;
        this.position = offset;
        this.end = offset + length;
        this.origin = origin;
    }

    boolean hasRemaining() {
        return position < end;
    }

    private void need(int count) {
        if (count < 0 || end - position < count) {
            throw ErrorCode.DATA_CORRUPTED.exception(0, origin, "record ends early");
        }
    }

    int readByte() {
        need(1);
        return buffer[position++];
    }

    long readLong() {
        need(8);
        long value = 0;
        for (int index = 0; index < 8; index++) {
            value = (value << 8) | (buffer[position++] & 0xFF);
        }
        return value;
    }

    int readInt() {
        need(4);
        int value = 0;
        for (int index = 0; index < 4; index++) {
            value = (value << 8) | (buffer[position++] & 0xFF);
        }
        return value;
    }

    long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            int next = buffer[position++];
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw ErrorCode.DATA_CORRUPTED.exception(0, origin, "malformed variable-length number");
    }

    long readSignedVarLong() {
        long raw = readVarLong();
        return (raw >>> 1) ^ -(raw & 1);
    }

    /** Skips {@code count} bytes. */
    void skip(int count) {
        need(count);
        position += count;
    }

    int readLength() {
        long length = readVarLong();
        if (length > end - position) {
            throw ErrorCode.DATA_CORRUPTED.exception(0, origin, "length " + length + " exceeds the record");
        }
        return (int) length;
    }

    byte[] readBytes() {
        int length = readLength();
        byte[] bytes = java.util.Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return bytes;
    }

    String readString() {
        int length = readLength();
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    String origin() {
        return origin;
    }
}
