package io.dosql.btree;

import java.util.zip.CRC32C;

/**
 * Byte layout shared by every page of a pager file.
 *
 * <pre>
 * offset size field
 *   0     4   CRC32C of bytes [4, pageSize) followed by the page number (8 bytes, big-endian),
 *             so a page written to the wrong place fails its check too
 *   4     1   page type: HEADER, LEAF, INNER, OVERFLOW or CATALOG (0 = never written)
 *   5     8   generation of the checkpoint that wrote the page
 *  13     …   type-specific body
 * </pre>
 *
 * Node pages (LEAF, INNER) continue with a 4-byte entry count at 13; chain pages (OVERFLOW, CATALOG)
 * with the next page number (8 bytes, 0 = last) and the payload length (4 bytes) at 13 and 21.
 *
 * <p>Invariant 1: a page referenced by the header of generation g has a generation &lt;= g; reading one
 * with a larger generation means the header is stale (corrupt) and is reported as XX001.
 */
final class PageFormat {
    static final byte HEADER = 1;
    static final byte LEAF = 2;
    static final byte INNER = 3;
    static final byte OVERFLOW = 4;
    static final byte CATALOG = 5;

    static final int TYPE_OFFSET = 4;
    static final int GENERATION_OFFSET = 5;
    static final int BODY_OFFSET = 13;
    /** Node pages: type header plus the 4-byte entry count. */
    static final int NODE_HEADER = BODY_OFFSET + 4;
    /** Chain pages: type header plus next page (8) and payload length (4). */
    static final int CHAIN_HEADER = BODY_OFFSET + 12;
    /** Serialized size of a leaf value that lives in an overflow chain: marker, first page, length. */
    static final int OVERFLOW_REFERENCE_BYTES = 1 + 8 + 4;

    private PageFormat() {
    }

    /** Largest serialized key: a quarter page minus room for the entry's framing. */
    static int maxKeyBytes(int pageSize) {
        return pageSize / 4 - 32;
    }

    /** Largest value kept inside a leaf; larger ones go to overflow pages. */
    static int maxInlineValueBytes(int pageSize) {
        return pageSize / 4 - 32;
    }

    static void seal(byte[] page, long pageNumber) {
        putInt(page, 0, checksum(page, pageNumber));
    }

    static boolean verify(byte[] page, long pageNumber) {
        return page[TYPE_OFFSET] != 0 && getInt(page, 0) == checksum(page, pageNumber);
    }

    private static int checksum(byte[] page, long pageNumber) {
        CRC32C crc = new CRC32C();
        crc.update(page, 4, page.length - 4);
        byte[] number = new byte[8];
        putLong(number, 0, pageNumber);
        crc.update(number, 0, 8);
        return (int) crc.getValue();
    }

    static int varIntSize(int value) {
        int size = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }

    static int getInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }

    static void putLong(byte[] bytes, int offset, long value) {
        putInt(bytes, offset, (int) (value >>> 32));
        putInt(bytes, offset + 4, (int) value);
    }

    static long getLong(byte[] bytes, int offset) {
        return ((long) getInt(bytes, offset) << 32) | (getInt(bytes, offset + 4) & 0xFFFFFFFFL);
    }
}
