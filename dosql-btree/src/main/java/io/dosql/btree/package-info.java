/**
 * Pages, a buffer pool and copy-on-write B+trees over one object of a
 * {@link io.dosql.fsx.StorageBackend}. Knows nothing of SQL: keys and values are typed by the
 * caller's {@link io.dosql.btree.KeyType} / {@link io.dosql.btree.DataType}.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * try (Pager pager = Pager.open(backend, "main.db", PagerOptions.defaults())) {
 *     BTree<Long, Object[]> rows = pager.createTree(rowIdType, rowType);   // or openTree(id, ...)
 *     rows.put(1L, row);
 *     pager.checkpoint(catalogBytes);        // atomic: all trees + the caller's metadata blob
 *     if (pager.stats().dirtyBytes() > limit) { ... checkpoint again ... }
 * }
 * }</pre>
 *
 * <h2>Durability</h2>
 * Only checkpoints are durable (the caller keeps a redo log for the rest). After
 * {@link io.dosql.btree.Pager#checkpoint} returns, a reopen — after a crash at any later moment —
 * sees exactly that checkpoint; a crash or I/O error during a checkpoint leaves the previous one.
 * Pages referenced by the durable header are never overwritten (see {@link io.dosql.btree.Pager}).
 *
 * <h2>Memory</h2>
 * The pool holds decoded nodes. Clean nodes are evicted (CLOCK) beyond
 * {@link io.dosql.btree.PagerOptions#bufferPoolBytes}; dirty nodes stay until the next checkpoint, so
 * the caller bounds memory by checkpointing when {@link io.dosql.btree.PagerStats#dirtyBytes} grows.
 *
 * <h2>Threads</h2>
 * One writer at a time (put, remove, clear, checkpoint, create/open/drop), never concurrent with
 * readers; any number of concurrent readers (get, cursors).
 *
 * <h2>Limits</h2>
 * Keys serialize to at most a quarter page minus 32 bytes (2016 bytes at 8 KiB pages), else
 * 54000; larger values go to overflow pages (up to 2 GB). Files up to 2^31 pages.
 */
package io.dosql.btree;
