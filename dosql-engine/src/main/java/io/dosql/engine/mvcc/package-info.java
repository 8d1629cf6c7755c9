/**
 * Multi-version concurrency control in the engine: table stores that keep the versions concurrent
 * snapshots still need ({@link io.dosql.engine.mvcc.MvccTableStore}), the per-database
 * {@link io.dosql.engine.mvcc.Concurrency} (statement latch, transactions, lock waits) and the view a
 * running statement reads and writes through ({@link io.dosql.engine.mvcc.TxnView}).
 *
 * <p>Statements run one at a time under a short statement latch (the stores underneath are not
 * thread-safe); long scans yield it every few hundred rows and lock waits release it, so transactions
 * interleave freely: readers never wait for writers' transactions, and writers wait only for the
 * writers of the same rows.
 */
package io.dosql.engine.mvcc;
