package io.dosql.bench.concurrency;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's WAL syncs over a run: the change of {@code pg_stat_wal.wal_sync} (PostgreSQL 14+), which
 * counts every WAL fsync of the whole server (backends and WAL writer). Backends publish their counts when
 * idle or exiting, at most once a second, hence the pause before each reading. Other load on the server
 * would be counted too; none is expected on the benchmark machine.
 */
final class PostgresWalSyncCounter implements SyncCounter {
    /** Longer than PostgreSQL's minimum interval between statistics flushes (1 s). */
    private static final long SETTLE_MILLIS = 1_200;

    interface ConnectionSource {
        Connection connect() throws SQLException;
    }

    private final ConnectionSource connections;
    private long before = -1;

    PostgresWalSyncCounter(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public void start() throws InterruptedException {
        before = read();
    }

    @Override
    public SyncCount stop() throws InterruptedException {
        long after = read();
        return before < 0 || after < 0 ? SyncCount.UNKNOWN : new SyncCount(after - before, -1);
    }

    private long read() throws InterruptedException {
        Thread.sleep(SETTLE_MILLIS);
        try (Connection connection = connections.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
            return row.next() ? row.getLong(1) : -1;
        } catch (SQLException unavailable) {
            // Before PostgreSQL 14, or no permission: report the count as unknown rather than fail the run.
            return -1;
        }
    }
}
