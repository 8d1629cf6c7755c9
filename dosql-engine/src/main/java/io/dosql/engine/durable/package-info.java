/**
 * Durable databases ({@code Database.open(Path)}, {@code jdbc:dosql:file:PATH}): the write-ahead log
 * wired into sessions, the redo format, and recovery.
 *
 * <h2>Directory layout</h2>
 * PATH is a directory, created when absent, holding:
 * <ul>
 *   <li>{@code wal-NNNNNNNNNNNNNNNN.log} — write-ahead log segments ({@code io.dosql.wal.WalFormat});</li>
 *   <li>{@code data} — the page file: copy-on-write B+trees ({@code io.dosql.btree.Pager}) holding every
 *       table (row id to row) and index ((key tuple, row id) entries), as of the last checkpoint;</li>
 *   <li>{@code .dosql-lock} — the lock file: while a process has the database open, another process
 *       opening it gets 55006 naming the directory ({@code io.dosql.fsx.local.LocalFileBackend}).</li>
 * </ul>
 *
 * <h2>Logging</h2>
 * Writers are serialised by the database lock, so one transaction at a time changes stores. Its session
 * attaches the transaction's {@link io.dosql.engine.durable.RedoBuffer} to {@link
 * io.dosql.engine.durable.DurableStorage}; every table store of a durable database is a logged store that
 * appends each change (table, op, row id, row bytes of {@link io.dosql.engine.durable.ValueCodec}) to it.
 * Index changes are not logged: replay maintains every index of the table. A DDL statement is logged as
 * its SQL text plus the session's search_path, and the store changes it makes itself (CREATE TABLE AS,
 * ADD COLUMN filling rows, index builds) are not logged: replay re-executes the text. Caveat: volatile
 * expressions such a statement evaluates ({@code random()}, {@code now()} in CREATE TABLE AS or in an
 * ADD COLUMN default) are evaluated again on replay and may give other values.
 *
 * <p>Undo is not logged: rolling back to a mark (a failed statement, ROLLBACK TO SAVEPOINT) truncates the
 * redo buffer to its size at the mark, since the in-memory undo restores exactly that state; inserts
 * carry their row id, so nothing after depends on ids the rolled-back part assigned. ROLLBACK writes
 * nothing.
 *
 * <h2>Commit</h2>
 * Under the statement latch the redo (plus identity counters that moved, so no value handed out before a
 * commit is handed out again after reopen) goes to the log as DATA records of at most 1 MB and a COMMIT
 * record; then the lock is released and the session waits for the fsync, which concurrent commits
 * share (group commit). With {@code synchronous_commit = off} it does not wait; a background flush makes
 * the commit durable within about 200 ms. A failed log write rolls the transaction back (58030, or
 * 53100 when the disk is full); a failed fsync poisons the log: every later write fails with 58030 until
 * the database is reopened, and recovery keeps exactly what reached the disk.
 *
 * <h2>Checkpoints</h2>
 * Under the statement latch, with no uncommitted change in any tree and no DDL under way: when a transaction
 * ends and the pager's dirty bytes exceed half the buffer pool or the log grew by {@code
 * DurableOptions.checkpointWalBytes()} since the last one, a background thread ({@code dosql-checkpoint})
 * checkpoints after that commit returned, so a commit waits for its log records only (with {@code
 * DurableOptions.backgroundCheckpoints()} false the committing session checkpoints before its COMMIT
 * returns); also after recovery replayed anything, and on a clean close. While transactions with
 * uncommitted changes hold it off, new write transactions wait for it (up to their lock timeout). The log is flushed, trees the catalog no longer uses
 * are dropped, and {@code pager.checkpoint(metadata)} saves the trees atomically with the metadata
 * ({@link io.dosql.engine.durable.CheckpointMetadata}): the log position covered, the DDL history (every
 * committed DDL statement with its search_path, in order), each table's and index's tree by qualified name
 * (with the table's row id limit) and the identity counters. Then the log records the checkpoint and
 * drops the segments before it. A failed checkpoint stops writes (58030) until the database is reopened.
 *
 * <h2>Recovery</h2>
 * Opening replays the checkpoint's DDL history on an empty catalog with in-memory placeholder stores,
 * swaps in the saved trees by name (the placeholders are discarded) and restores the identity counters;
 * then it replays the transactions the log committed at or after the checkpoint's position, in commit
 * order: DDL through a session of the database (same text, same search_path), row changes straight into
 * the table stores (an insert is restored at its original row id) with every index maintained.
 */
package io.dosql.engine.durable;
