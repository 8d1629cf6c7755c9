package io.dosql.bench.concurrency;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database under test for one run of the concurrent-commit workload: where its connections go, the
 * names of the two tables the run may create and drop, and how its log syncs are counted. Closing it
 * removes what the run left behind (the database directory, or the tables).
 */
public interface CommitTarget extends AutoCloseable {
    /** The engine's name in reports: {@code dosql-file}, {@code postgresql}, … */
    String engine();

    /** A new connection in auto-commit mode. */
    Connection connect() throws SQLException;

    /** Name of the accounts table ({@code id int primary key, balance bigint}). */
    String accountsTable();

    /** Name of the append-only history table (one row per committed transaction). */
    String historyTable();

    /** Counts the engine's log syncs between {@link SyncCounter#start()} and {@link SyncCounter#stop()}. */
    SyncCounter syncCounter();

    @Override
    void close() throws Exception;
}
