package io.dosql.wal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The on-storage format of the write-ahead log: segment objects, their header, and records.
 *
 * <h2>Segments</h2>
 * The log is a sequence of objects {@code wal-000001.log}, {@code wal-000002.log}, … each at most
 * {@code segmentSize} bytes. LSNs are byte addresses in one global address space: segment {@code k}
 * (1-based) covers LSNs {@code [(k-1)*segmentSize, k*segmentSize)}; the record at LSN {@code l} lives in
 * segment {@code l / segmentSize + 1} at offset {@code l % segmentSize}.
 *
 * <pre>
 * Segment header (16 bytes, big-endian)
 * | offset | size | field                                          |
 * |--------|------|------------------------------------------------|
 * | 0      | 8    | magic "DOSQLWAL"                               |
 * | 8      | 4    | format version (1)                             |
 * | 12     | 4    | segment size in bytes (same for every segment) |
 *
 * Record (25-byte header + payload, big-endian)
 * | offset | size | field                                                     |
 * |--------|------|-----------------------------------------------------------|
 * | 0      | 4    | payload length n                                          |
 * | 4      | 4    | CRC32C of bytes [0,4) and [8, 25+n): header and payload    |
 * | 8      | 8    | LSN of this record (its own address; catches stale bytes) |
 * | 16     | 8    | transaction id                                            |
 * | 24     | 1    | type code ({@link WalRecordType})                         |
 * | 25     | n    | payload                                                   |
 * </pre>
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>A record never spans two segments; when it does not fit, the writer starts the next segment
 *       and the rest of the old one stays unused (the reader moves on at the segment's end).</li>
 *   <li>A record is valid only when its length fits the segment, its CRC matches and its stored LSN
 *       equals its address. The first invalid record is the end of the log (torn or unwritten tail).</li>
 *   <li>Segments are synced in order: segment {@code k} is durable before segment {@code k+1} is
 *       written, so a durable record is never preceded by a lost one.</li>
 * </ol>
 */
final class WalFormat {
    public static final String SEGMENT_PREFIX = "wal-";
    public static final String SEGMENT_SUFFIX = ".log";
    public static final int SEGMENT_HEADER_SIZE = 16;
    public static final int RECORD_HEADER_SIZE = 25;
    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "DOSQLWAL".getBytes(StandardCharsets.US_ASCII);

    private WalFormat() {
    }

    public static String segmentName(long segmentNumber) {
        return String.format("%s%06d%s", SEGMENT_PREFIX, segmentNumber, SEGMENT_SUFFIX);
    }

    /** The segment number in {@code name}, or -1 when the name is not a segment's. */
    public static long segmentNumber(String name) {
        if (!name.startsWith(SEGMENT_PREFIX) || !name.endsWith(SEGMENT_SUFFIX)) {
            return -1;
        }
        String digits = name.substring(SEGMENT_PREFIX.length(), name.length() - SEGMENT_SUFFIX.length());
        try {
            long number = Long.parseLong(digits);
            return number > 0 ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long segmentStartLsn(long segmentNumber, int segmentSize) {
        return (segmentNumber - 1) * segmentSize;
    }

    static long firstRecordLsn(long segmentNumber, int segmentSize) {
        return segmentStartLsn(segmentNumber, segmentSize) + SEGMENT_HEADER_SIZE;
    }

    static long segmentOf(long lsn, int segmentSize) {
        return lsn / segmentSize + 1;
    }

    static ByteBuffer encodeSegmentHeader(int segmentSize) {
        ByteBuffer header = ByteBuffer.allocate(SEGMENT_HEADER_SIZE).order(ByteOrder.BIG_ENDIAN);
        header.put(MAGIC).putInt(FORMAT_VERSION).putInt(segmentSize);
        return header.flip();
    }

    /** The segment size stored in {@code header}, or -1 when the header is not valid. */
    static int decodeSegmentHeader(ByteBuffer header) {
        if (header.remaining() < SEGMENT_HEADER_SIZE) {
            return -1;
        }
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC) || header.getInt() != FORMAT_VERSION) {
            return -1;
        }
        int segmentSize = header.getInt();
        return segmentSize > SEGMENT_HEADER_SIZE + RECORD_HEADER_SIZE ? segmentSize : -1;
    }

    static ByteBuffer encodeRecord(long lsn, long transactionId, WalRecordType type, byte[] payload) {
        return encodeRecord(lsn, transactionId, type, payload, 0, payload.length,
                new byte[RECORD_HEADER_SIZE + payload.length]);
    }

    /** Encodes the record into the start of {@code into} (at least header + length bytes); returns that part. */
    static ByteBuffer encodeRecord(long lsn, long transactionId, WalRecordType type, byte[] payload, int offset,
                                   int length, byte[] into) {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, RECORD_HEADER_SIZE + length).order(ByteOrder.BIG_ENDIAN);
        buffer.putInt(length).putInt(0).putLong(lsn).putLong(transactionId).put(type.code()).put(payload, offset, length);
        buffer.putInt(4, checksum(into, length));
        return buffer.flip();
    }

    static int checksum(byte[] record, int payloadLength) {
        CRC32C crc = new CRC32C();
        crc.update(record, 0, 4);
        crc.update(record, 8, RECORD_HEADER_SIZE - 8 + payloadLength);
        return (int) crc.getValue();
    }

    static ByteBuffer encodeLong(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(0, value);
    }

    static long decodeLong(byte[] payload) {
        return ByteBuffer.wrap(payload).getLong();
    }
}
