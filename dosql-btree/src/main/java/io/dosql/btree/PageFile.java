package io.dosql.btree;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.StorageErrors;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * Checked page I/O on one backend object: every page read is verified (checksum, type, generation)
 * and every page written is sealed. Also reads and writes page chains (overflow values, catalog).
 * Safe for concurrent readers.
 */
final class PageFile {
    final StorageBackend backend;
    final String objectName;
    final int pageSize;
    final LongAdder pagesRead = new LongAdder();
    final LongAdder pagesWritten = new LongAdder();
    /** Generation of the newest durable header; pages claiming a later one are stale. */
    volatile long generation;
    /** Most pages gathered into one write. */
    private static final int STAGED_PAGES = 64;
    /** Pages written but not yet passed to the backend (the writer's; readers never run meanwhile). */
    private byte[] stage;
    private long stagedFirst;
    private int staged;

    PageFile(StorageBackend backend, String objectName) {
        this.backend = backend;
        this.objectName = objectName;
        this.pageSize = backend.pageSize();
    }

    /** Reads page {@code pageNumber} without any check (header probing). */
    byte[] readRaw(long pageNumber) {
        if (staged > 0) {
            writeStaged();
        }
        byte[] page = new byte[pageSize];
        backend.readPage(objectName, pageNumber, ByteBuffer.wrap(page));
        pagesRead.increment();
        return page;
    }

    /** Reads and verifies a page that must have type {@code expectedType} (LEAF also accepts INNER). */
    byte[] read(long pageNumber, byte expectedType) {
        if (pageNumber < 2) {
            throw StorageErrors.corrupted(objectName, pageNumber, "reference to a header page");
        }
        byte[] page = readRaw(pageNumber);
        if (!PageFormat.verify(page, pageNumber)) {
            throw StorageErrors.corrupted(objectName, pageNumber, "checksum mismatch");
        }
        byte type = page[PageFormat.TYPE_OFFSET];
        if (type != expectedType && !(expectedType == PageFormat.LEAF && type == PageFormat.INNER)) {
            throw StorageErrors.corrupted(objectName, pageNumber,
                    "page type " + page[PageFormat.TYPE_OFFSET] + ", expected " + expectedType);
        }
        long pageGeneration = PageFormat.getLong(page, PageFormat.GENERATION_OFFSET);
        if (pageGeneration > generation) {
            throw StorageErrors.corrupted(objectName, pageNumber,
                    "page of generation " + pageGeneration + " is newer than checkpoint " + generation);
        }
        return page;
    }

    /**
     * Seals (checksum) and writes a full page. Consecutive pages are gathered and written together (a
     * checkpoint writes mostly runs of fresh pages); {@link #sync} writes what is gathered first, so
     * the order of writes and syncs is kept. The caller may reuse {@code page} at once.
     */
    void write(long pageNumber, byte[] page) {
        PageFormat.seal(page, pageNumber);
        if (staged > 0 && (pageNumber != stagedFirst + staged || staged == STAGED_PAGES)) {
            writeStaged();
        }
        if (stage == null) {
            stage = new byte[STAGED_PAGES * pageSize];
        }
        if (staged == 0) {
            stagedFirst = pageNumber;
        }
        System.arraycopy(page, 0, stage, staged * pageSize, pageSize);
        staged++;
        pagesWritten.increment();
    }

    /** Writes the gathered pages (errors propagate; the gathered pages are dropped either way). */
    void writeStaged() {
        if (staged == 0) {
            return;
        }
        int count = staged;
        staged = 0;
        backend.write(objectName, stagedFirst * pageSize, ByteBuffer.wrap(stage, 0, count * pageSize));
    }

    /** Forgets gathered pages not yet written (a failed checkpoint: its pages are never used). */
    void discardStaged() {
        staged = 0;
    }

    void sync() {
        writeStaged();
        backend.sync(objectName);
    }

    int chainPayload() {
        return pageSize - PageFormat.CHAIN_HEADER;
    }

    int chainPages(long length) {
        return (int) Math.max(1, (length + chainPayload() - 1) / chainPayload());
    }

    /** Writes {@code data[0, length)} over the given pages as one chain of {@code type}. */
    void writeChain(byte type, long generation, long[] pages, byte[] data, int length) {
        int payload = chainPayload();
        for (int i = 0; i < pages.length; i++) {
            byte[] page = new byte[pageSize];
            page[PageFormat.TYPE_OFFSET] = type;
            PageFormat.putLong(page, PageFormat.GENERATION_OFFSET, generation);
            int offset = i * payload;
            int count = Math.max(0, Math.min(payload, length - offset));
            PageFormat.putLong(page, PageFormat.BODY_OFFSET, i + 1 < pages.length ? pages[i + 1] : 0);
            PageFormat.putInt(page, PageFormat.BODY_OFFSET + 8, count);
            if (count > 0) {
                // a checkpoint may hand over one page more than the bytes need (the free-page set the
                // catalog encodes shrinks as its pages are allocated); such a tail page holds nothing
                System.arraycopy(data, offset, page, PageFormat.CHAIN_HEADER, count);
            }
            write(pages[i], page);
        }
    }

    /** Reads a chain of {@code length} payload bytes; {@code pageSink} (optional) sees each page number. */
    byte[] readChain(byte type, long firstPage, int length, LongConsumer pageSink) {
        byte[] data = new byte[length];
        int filled = 0;
        long pageNumber = firstPage;
        while (pageNumber != 0) {
            byte[] page = read(pageNumber, type);
            if (pageSink != null) {
                pageSink.accept(pageNumber);
            }
            int count = PageFormat.getInt(page, PageFormat.BODY_OFFSET + 8);
            if (count < 0 || count > chainPayload() || filled + count > length) {
                throw StorageErrors.corrupted(objectName, pageNumber, "chain payload length " + count);
            }
            System.arraycopy(page, PageFormat.CHAIN_HEADER, data, filled, count);
            filled += count;
            pageNumber = PageFormat.getLong(page, PageFormat.BODY_OFFSET);
        }
        if (filled != length) {
            throw StorageErrors.corrupted(objectName, firstPage, "chain holds " + filled + " of " + length + " bytes");
        }
        return data;
    }

    /** Visits the page numbers of a chain (reads each page for its link). */
    void visitChain(byte type, long firstPage, LongConsumer pageSink) {
        long pageNumber = firstPage;
        while (pageNumber != 0) {
            byte[] page = read(pageNumber, type);
            pageSink.accept(pageNumber);
            pageNumber = PageFormat.getLong(page, PageFormat.BODY_OFFSET);
        }
    }
}
