package io.dosql.bench.concurrency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connection's loop of short write transactions until told to stop:
 * {@code UPDATE accounts SET balance = balance + 1 WHERE id = ?} (a random id), {@code INSERT INTO history},
 * {@code COMMIT}, with auto-commit off and prepared statements. A serialization failure (40001) or
 * deadlock (40P01) rolls back and counts as a retry; any other error ends the worker and is kept for the
 * run to report. The transaction in progress when stop is signalled still finishes, so the counts are exact.
 */
final class CommitWorker implements Runnable {
    private final Connection connection;
    private final CommitTarget target;
    private final int rows;
    private final int worker;
    private final AtomicBoolean stop;
    private final SplittableRandom random;
    // Written by the worker thread only, read by the run's sampler.
    private volatile long commits;
    private volatile long retries;
    private volatile Throwable failure;

    CommitWorker(Connection connection, CommitTarget target, int rows, int worker, long seed, AtomicBoolean stop) {
        this.connection = connection;
        this.target = target;
        this.rows = rows;
        this.worker = worker;
        this.stop = stop;
        this.random = new SplittableRandom(seed);
    }

    long commits() {
        return commits;
    }

    long retries() {
        return retries;
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void run() {
        try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + target.accountsTable() + " SET balance = balance + 1 WHERE id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + target.historyTable() + " (account_id, delta, worker, seq) VALUES (?, 1, ?, ?)")) {
            long sequence = 0;
            while (!stop.get()) {
                int id = 1 + random.nextInt(rows);
                try {
                    update.setInt(1, id);
                    int updated = update.executeUpdate();
                    if (updated != 1) {
                        throw new IllegalStateException("UPDATE of account " + id + " changed " + updated + " rows");
                    }
                    insert.setInt(1, id);
                    insert.setInt(2, worker);
                    insert.setLong(3, sequence);
                    insert.executeUpdate();
                    connection.commit();
                    commits++;
                    sequence++;
                } catch (SQLException error) {
                    if (!isRetryable(error)) {
                        throw error;
                    }
                    rollbackQuietly();
                    retries++;
                }
            }
        } catch (Throwable error) {
            failure = error;
            rollbackQuietly();
        }
    }

    /** 40001 serialization_failure, 40P01 deadlock_detected: the transaction may simply be run again. */
    static boolean isRetryable(SQLException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is going away or the transaction already ended; nothing to undo.
        }
    }
}
