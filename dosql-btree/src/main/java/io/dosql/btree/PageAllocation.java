package io.dosql.btree;

import java.util.BitSet;

/**
 * The pages one checkpoint attempt takes: free pages first (lowest number first, so the file stays
 * compact), then new pages past the end. Works on copies, so a failed attempt changes nothing.
 */
final class PageAllocation {
    final BitSet free;
    final long initialPageCount;
    long pageCount;
    final BitSet takenFromFree = new BitSet();

    PageAllocation(BitSet free, long pageCount) {
        this.free = (BitSet) free.clone();
        this.initialPageCount = pageCount;
        this.pageCount = pageCount;
    }

    long allocate() {
        int page = free.nextSetBit(2);
        if (page >= 0) {
            free.clear(page);
            takenFromFree.set(page);
            return page;
        }
        if (pageCount >= Integer.MAX_VALUE) {
            throw new IllegalStateException("pager file exceeds 2^31 pages");
        }
        return pageCount++;
    }

    long[] allocate(int count) {
        long[] pages = new long[count];
        for (int i = 0; i < count; i++) {
            pages[i] = allocate();
        }
        return pages;
    }
}
