package io.dosql.bench.concurrency;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL server reached through pgjdbc; each run gets its own uniquely named pair of tables
 * (dropped on close), so runs never see each other's rows and other users of the database are left alone.
 */
public final class PostgresTarget implements CommitTarget {
    private final String url;
    private final String user;
    private final String password;
    private final String suffix;

    public PostgresTarget(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.suffix = ProcessHandle.current().pid() + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    }

    @Override
    public String engine() {
        return "postgresql";
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String accountsTable() {
        return "concbench_accounts_" + suffix;
    }

    @Override
    public String historyTable() {
        return "concbench_history_" + suffix;
    }

    @Override
    public SyncCounter syncCounter() {
        return new PostgresWalSyncCounter(this::connect);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + historyTable());
            statement.execute("DROP TABLE IF EXISTS " + accountsTable());
        }
    }
}
