package io.dosql.btree;

/**
 * A snapshot of a {@link Pager}'s counters.
 *
 * @param pageSize     bytes per page
 * @param fileBytes    bytes of the pages the file holds (page count times page size)
 * @param freePages    pages free for reuse now
 * @param cachedBytes  approximate heap bytes of all decoded nodes in the buffer pool (clean and dirty)
 * @param dirtyBytes   the part of {@code cachedBytes} changed since the last checkpoint (pinned until the next one)
 * @param pagesRead    pages read from the backend since open
 * @param pagesWritten pages written to the backend since open
 * @param checkpoints  checkpoints completed since open
 */
public record PagerStats(int pageSize, long fileBytes, long freePages, long cachedBytes, long dirtyBytes,
                         long pagesRead, long pagesWritten, long checkpoints) {
}
