package io.dosql.btree;

import java.util.BitSet;

/**
 * The pages one checkpoint attempt takes: free pages first (lowest number first, so the file stays
 * compact), then new pages past the end. Works on copies, so a failed attempt changes nothing.
 */
final class PageAllocation {
    final BitSet free;
    final long initialPageCount;
    /** Page count of the new header (may shrink below the initial one when the tail is free). */
    long pageCount;
    /** Highest page count this attempt reached: pages up to here may have been written. */
    long grownTo;
    final BitSet takenFromFree = new BitSet();

    PageAllocation(BitSet free, long pageCount) {
        this.free = (BitSet) free.clone();
        this.initialPageCount = pageCount;
        this.pageCount = pageCount;
        this.grownTo = pageCount;
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
        long grown = pageCount++;
        grownTo = Math.max(grownTo, pageCount);
        return grown;
    }

    long[] allocate(int count) {
        long[] pages = new long[count];
        for (int i = 0; i < count; i++) {
            pages[i] = allocate();
        }
        return pages;
    }
}
