/**
 * The write-ahead log: checksummed records in fixed-size segments on a {@link io.dosql.fsx.StorageBackend},
 * a writer with group commit, a reader, checkpoints with retention, and recovery.
 *
 * <p>Byte layout and format invariants: {@code WalFormat}. Writer state and invariants (group commit,
 * fatal fsync failure, retention horizon): {@link io.dosql.wal.WalWriter}. Recovery guarantees:
 * {@link io.dosql.wal.WalRecovery}.
 *
 * <p>Intended use by the engine: on open, {@code WalWriter.open(backend, options)} recovers and
 * exposes {@link io.dosql.wal.WalWriter#recovered()}; the engine replays those transactions' payloads
 * (its own redo format) onto the pages, continues transaction ids above
 * {@link io.dosql.wal.RecoveredLog#maxTransactionId()}, then per transaction calls {@code data(...)}
 * for each change and {@code commit(id)}, which returns once the commit is durable. After writing and
 * syncing its pages up to some LSN it calls {@code checkpoint(lsn)} so old segments can go.
 */
package io.dosql.wal;
