package io.dosql.bench.concurrency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of the workload: loads the tables, starts one thread per connection, lets them warm up, counts
 * the commits of the measurement window, stops them (each finishes its transaction), and checks that the
 * tables agree with the acknowledged commits. The target stays open afterwards for the caller to inspect.
 */
public final class CommitRun {
    private final int rows;
    private final Duration warmup;
    private final Duration measurement;

    public CommitRun(int rows, Duration warmup, Duration measurement) {
        this.rows = rows;
        this.warmup = warmup;
        this.measurement = measurement;
    }

    public CommitResult run(CommitTarget target, int connectionCount) throws Exception {
        CommitSchema.create(target, rows);
        List<Connection> connections = new ArrayList<>();
        List<CommitWorker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        SyncCounter syncs = target.syncCounter();
        long measuredCommits;
        long measuredNanos;
        SyncCount synced;
        try {
            for (int index = 0; index < connectionCount; index++) {
                Connection connection = target.connect();
                connections.add(connection);
                try (Statement statement = connection.createStatement()) {
                    // Wait for the lock as long as it takes, as PostgreSQL does by default (DoSQL's default
                    // gives up after 10 s, which 64 serialised writers could reach by bad luck).
                    statement.execute("SET lock_timeout = 0");
                }
                connection.setAutoCommit(false);
                CommitWorker worker = new CommitWorker(connection, target, rows, index, 1000L + index, stop);
                workers.add(worker);
                Thread thread = new Thread(worker, target.engine() + "-worker-" + index);
                thread.setDaemon(true);
                threads.add(thread);
            }
            syncs.start();
            threads.forEach(Thread::start);
            Thread.sleep(warmup.toMillis());
            long startCommits = commits(workers);
            long start = System.nanoTime();
            Thread.sleep(measurement.toMillis());
            measuredCommits = commits(workers) - startCommits;
            measuredNanos = System.nanoTime() - start;
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            stop.set(true);
            for (Connection connection : connections) {
                closeQuietly(connection);
            }
        }
        synced = syncs.stop();
        for (CommitWorker worker : workers) {
            if (worker.failure() != null) {
                throw new IllegalStateException(target.engine() + " with " + connectionCount
                        + " connections: a worker failed: " + worker.failure(), worker.failure());
            }
        }
        long totalCommits = commits(workers);
        long retries = workers.stream().mapToLong(CommitWorker::retries).sum();
        CommitSchema.Totals totals = CommitSchema.totals(target);
        return new CommitResult(target.engine(), connectionCount, measuredNanos / 1e9, measuredCommits, totalCommits,
                retries, synced, totals, totals.consistentWith(totalCommits, rows));
    }

    private static long commits(List<CommitWorker> workers) {
        long sum = 0;
        for (CommitWorker worker : workers) {
            sum += worker.commits();
        }
        return sum;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after the run; a failure here changes no figure.
        }
    }
}
