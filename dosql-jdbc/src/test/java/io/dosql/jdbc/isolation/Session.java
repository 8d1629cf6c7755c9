package io.dosql.jdbc.isolation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One transaction-at-a-time client: a JDBC connection whose every call runs on its own thread, so a test
 * can leave a statement blocked on a lock ({@link #submit}) while other sessions go on. Each transaction
 * starts lazily at its first statement with the session's isolation level, in the session's {@link LevelForm}.
 */
final class Session implements AutoCloseable {
    /** The longest any step may take; a step still running then fails the test instead of hanging it. */
    static final long STEP_TIMEOUT_SECONDS = 10;

    final String name;
    private final Connection connection;
    private final Isolation level;
    private final LevelForm form;
    private final ExecutorService thread;
    private boolean inTransaction;

    Session(String name, TestDatabase database, Isolation level, LevelForm form) throws Exception {
        this.name = name;
        this.level = level;
        this.form = form;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "session-" + name);
            t.setDaemon(true);
            return t;
        });
        this.connection = await(thread.submit(() -> {
            Connection c = database.connect();
            if (form == LevelForm.BEGIN) {
                c.setAutoCommit(true);
            } else {
                c.setAutoCommit(false);
                if (form == LevelForm.JDBC) {
                    c.setTransactionIsolation(level.jdbcLevel);
                }
            }
            return c;
        }));
    }

    /** Starts a statement on this session's thread; its result or failure is in the future. */
    Future<Result> submit(String sql) {
        return thread.submit(() -> {
            beginIfIdle();
            return run(sql);
        });
    }

    /** Runs a statement and waits for it (at most {@link #STEP_TIMEOUT_SECONDS}). */
    Result exec(String sql) throws SQLException {
        return await(submit(sql));
    }

    /** A query's rows of (id, value) as a sorted map. */
    Map<Integer, Integer> idValues(String sql) throws SQLException {
        return exec(sql).idValues();
    }

    void commit() throws SQLException {
        await(submitCommit());
    }

    Future<Void> submitCommit() {
        return endTransaction(true);
    }

    void rollback() throws SQLException {
        await(endTransaction(false));
    }

    private Future<Void> endTransaction(boolean commit) {
        return thread.submit(() -> {
            try {
                if (form == LevelForm.BEGIN) {
                    if (inTransaction) {
                        run(commit ? "COMMIT" : "ROLLBACK");
                    }
                } else if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
            } finally {
                inTransaction = false;
            }
            return null;
        });
    }

    /** Runs arbitrary JDBC work on this session's thread (the transaction is begun first). */
    <T> T call(JdbcWork<T> work) throws SQLException {
        return await(thread.submit(() -> {
            beginIfIdle();
            return work.run(connection);
        }));
    }

    interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private void beginIfIdle() throws SQLException {
        if (inTransaction) {
            return;
        }
        if (form == LevelForm.BEGIN) {
            run("BEGIN ISOLATION LEVEL " + level.sql);
        } else if (form == LevelForm.SET_TRANSACTION) {
            run("SET TRANSACTION ISOLATION LEVEL " + level.sql);
        }
        inTransaction = true;
    }

    private Result run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rows = statement.getResultSet()) {
                    return Result.of(rows);
                }
            }
            return new Result(null, statement.getUpdateCount());
        }
    }

    /** Waits for a step; a failed statement's SQLException is rethrown as is. */
    static <T> T await(Future<T> future) throws SQLException {
        try {
            return future.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException) {
                throw (SQLException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("step still running after " + STEP_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rolls back and closes; bounded, and forced when the session's thread is stuck in a statement. */
    @Override
    public void close() {
        Future<?> closing = thread.submit((Callable<Void>) () -> {
            try {
                if (!connection.getAutoCommit() || inTransaction) {
                    if (form == LevelForm.BEGIN) {
                        run("ROLLBACK");
                    } else {
                        connection.rollback();
                    }
                }
            } catch (SQLException ignored) {
                // Closing discards the transaction anyway.
            }
            connection.close();
            return null;
        });
        try {
            closing.get(2, TimeUnit.SECONDS);
        } catch (Exception stuck) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more to do for a connection that cannot close.
            }
        } finally {
            thread.shutdownNow();
        }
    }

    /** A statement's outcome: rows for a query, else an update count. */
    record Result(List<List<Object>> rows, int updateCount) {
        static Result of(ResultSet resultSet) throws SQLException {
            ResultSetMetaData meta = resultSet.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (resultSet.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = resultSet.getObject(i);
                    // Integers compare across drivers whatever width they report (int4, int8, numeric).
                    row.add(value instanceof Number n && !(value instanceof Double) ? n.longValue() : value);
                }
                rows.add(row);
            }
            return new Result(rows, -1);
        }

        Map<Integer, Integer> idValues() {
            Map<Integer, Integer> map = new TreeMap<>();
            for (List<Object> row : rows) {
                map.put(((Long) row.get(0)).intValue(), row.get(1) == null ? null : ((Long) row.get(1)).intValue());
            }
            return map;
        }

        long single() {
            return (Long) rows.get(0).get(0);
        }
    }
}
