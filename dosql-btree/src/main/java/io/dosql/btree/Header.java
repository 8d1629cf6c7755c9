package io.dosql.btree;

/**
 * The root of a checkpoint, stored in header page {@code generation % 2} (pages 0 and 1 alternate).
 *
 * <pre>
 * offset size field (after the 13-byte page header, whose generation is this header's)
 *  13     8   magic "DoSQLBT1"
 *  21     4   format version
 *  25     4   page size
 *  29     8   page count of the file as of this checkpoint
 *  37     8   first catalog page (0 = empty catalog)
 *  45     4   catalog length in bytes
 * </pre>
 *
 * Open picks the valid header with the higher generation; a torn or corrupt header fails its
 * checksum and the other one (the previous checkpoint) is used.
 */
record Header(long generation, long pageCount, long catalogPage, int catalogLength) {
    static final long MAGIC = 0x446F53514C425431L;
    static final int VERSION = 1;

    static long slot(long generation) {
        return generation % 2;
    }

    byte[] encode(int pageSize) {
        byte[] page = new byte[pageSize];
        page[PageFormat.TYPE_OFFSET] = PageFormat.HEADER;
        PageFormat.putLong(page, PageFormat.GENERATION_OFFSET, generation);
        PageFormat.putLong(page, 13, MAGIC);
        PageFormat.putInt(page, 21, VERSION);
        PageFormat.putInt(page, 25, pageSize);
        PageFormat.putLong(page, 29, pageCount);
        PageFormat.putLong(page, 37, catalogPage);
        PageFormat.putInt(page, 45, catalogLength);
        return page;
    }

    /** The header in {@code page}, or null when the page is not a valid header (torn, corrupt, never written). */
    static Header decode(byte[] page, long pageNumber) {
        if (!PageFormat.verify(page, pageNumber) || page[PageFormat.TYPE_OFFSET] != PageFormat.HEADER
                || PageFormat.getLong(page, 13) != MAGIC || PageFormat.getInt(page, 21) != VERSION
                || PageFormat.getInt(page, 25) != page.length) {
            return null;
        }
        long generation = PageFormat.getLong(page, PageFormat.GENERATION_OFFSET);
        if (slot(generation) != pageNumber) {
            return null;
        }
        return new Header(generation, PageFormat.getLong(page, 29), PageFormat.getLong(page, 37),
                PageFormat.getInt(page, 45));
    }
}
