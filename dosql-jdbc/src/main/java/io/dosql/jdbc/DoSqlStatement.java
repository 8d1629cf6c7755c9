package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.PreparedStatementHandle;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A JDBC statement: runs SQL text (a script of several statements allowed) through the session and
 * walks its results with {@link #getMoreResults()}. Query timeouts cancel the session from a shared
 * daemon timer thread; the resulting 57014 surfaces as {@link java.sql.SQLTimeoutException}.
 */
class DoSqlStatement implements Statement, CommandTagged {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dosql-query-timeout");
        thread.setDaemon(true);
        return thread;
    });

    final DoSqlConnection connection;
    private boolean closed;
    private boolean closeOnCompletion;
    private long maxRows;
    private int fetchSize;
    private int queryTimeoutSeconds;
    private int maxFieldSize;
    private final List<String> batch = new ArrayList<>();
    private List<StatementResult> results = List.of();
    private int resultIndex;
    private boolean rowsAreGeneratedKeys;
    private DoSqlResultSet currentResultSet;
    private long currentUpdateCount = -1;
    private DoSqlResultSet generatedKeys;
    private volatile boolean timedOut;
    /** The query-timeout timer of the last execution, kept armed while its streamed rows are read. */
    private ScheduledFuture<?> readTimer;

    DoSqlStatement(DoSqlConnection connection) {
        this.connection = connection;
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("statement");
        }
        connection.checkOpen();
    }

    static GeneratedKeys generatedKeys(String[] columnNames) {
        return columnNames == null || columnNames.length == 0 ? GeneratedKeys.ALL_COLUMNS
                : GeneratedKeys.columns(Arrays.asList(columnNames));
    }

    /**
     * Runs {@code work} under this statement's query timeout, translating engine errors; {@code sql}
     * (may be null) lets syntax errors report their line and column.
     */
    <T> T runGuarded(Supplier<T> work, String sql) throws SQLException {
        return run(work, sql, false);
    }

    /**
     * Like {@link #runGuarded}, for executions whose rows the caller installs afterwards: the timeout
     * timer stays armed, because the engine streams query rows and, as with pgjdbc's default (whole
     * result read inside execute), the timeout also covers reading them. {@link #position()} releases it
     * unless a result set is left to read; reading to the end or closing releases it then.
     */
    <T> T runGuardedKeepingTimerForRows(Supplier<T> work, String sql) throws SQLException {
        return run(work, sql, true);
    }

    private <T> T run(Supplier<T> work, String sql, boolean keepTimerForRows) throws SQLException {
        timedOut = false;
        ScheduledFuture<?> timer = null;
        boolean succeeded = false;
        try {
            // A session is single-threaded: statements of one connection run one at a time (cancel excepted).
            synchronized (connection) {
                // A timer kept for another statement's unread rows must stop before this statement runs:
                // it would otherwise cancel this one.
                connection.startedStatement(this);
                releaseReadTimer();
                if (queryTimeoutSeconds > 0) {
                    timer = TIMER.schedule(this::timeout, queryTimeoutSeconds, TimeUnit.SECONDS);
                }
                T result = work.get();
                succeeded = true;
                return result;
            }
        } catch (RuntimeException failure) {
            throw translateFailure(failure, sql);
        } finally {
            if (timer != null) {
                if (succeeded && keepTimerForRows) {
                    readTimer = timer;
                } else {
                    timer.cancel(false);
                }
            }
        }
    }

    /** Translates an engine failure, telling a cancellation by this statement's timeout from others. */
    SQLException translateFailure(RuntimeException failure, String sql) {
        if (failure instanceof io.dosql.core.DoSqlException error) {
            return SqlExceptions.translate(error, sql, timedOut);
        }
        return SqlExceptions.translate(failure, sql);
    }

    boolean currentResultSetIs(DoSqlResultSet resultSet) {
        return currentResultSet == resultSet;
    }

    /** Stops the timeout timer kept for reading rows (rows exhausted or closed, or another statement runs). */
    void releaseReadTimer() {
        ScheduledFuture<?> timer = readTimer;
        readTimer = null;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void timeout() {
        timedOut = true;
        try {
            connection.session().cancel();
        } catch (SQLException closedMeanwhile) {
            // Nothing left to cancel.
        }
    }

    /** Closes what the previous execution left open: its result sets and unread results. */
    void clearResults() throws SQLException {
        if (currentResultSet != null) {
            DoSqlResultSet open = currentResultSet;
            currentResultSet = null;
            open.close();
        }
        if (generatedKeys != null) {
            generatedKeys.close();
            generatedKeys = null;
        }
        for (int index = resultIndex + 1; index < results.size(); index++) {
            results.get(index).close();
        }
        results = List.of();
        resultIndex = 0;
        currentUpdateCount = -1;
    }

    /**
     * Makes {@code executed} the statement's results. With generated keys requested of a data-changing
     * statement, the rows of the (single) result are the keys and the result reports only its count.
     */
    void install(List<StatementResult> executed, boolean keysRequested) {
        results = executed;
        resultIndex = 0;
        // The engine ignores the request for statements other than INSERT/UPDATE/DELETE (no update count).
        rowsAreGeneratedKeys = keysRequested && !executed.isEmpty() && executed.get(0).updateCount() >= 0;
        if (rowsAreGeneratedKeys) {
            StatementResult first = executed.get(0);
            generatedKeys = first.hasRows()
                    ? new DoSqlResultSet(this, first.columns(), first.rows(), first, 0)
                    : emptyResultSet();
        }
        position();
    }

    private DoSqlResultSet emptyResultSet() {
        return new DoSqlResultSet(this, List.<ResultColumn>of(), new ListRowCursor(List.of()), null, 0);
    }

    private void position() {
        currentResultSet = null;
        currentUpdateCount = -1;
        if (resultIndex >= results.size()) {
            releaseReadTimer();
            return;
        }
        StatementResult result = results.get(resultIndex);
        boolean keysResult = rowsAreGeneratedKeys && resultIndex == 0;
        if (result.hasRows() && !keysResult) {
            currentResultSet = new DoSqlResultSet(this, result.columns(), result.rows(), result, maxRows);
        } else {
            currentUpdateCount = Math.max(0, result.updateCount());
            if (!keysResult) {
                result.close();
            }
        }
        if (currentResultSet == null) {
            releaseReadTimer();
        }
    }

    /** Runs {@code sql}; with generated keys requested it must be a single statement. */
    private boolean executeText(String sql, GeneratedKeys keys) throws SQLException {
        checkOpen();
        clearResults();
        if (sql == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "SQL text is null");
        }
        List<StatementResult> executed;
        if (keys.requested()) {
            executed = runGuardedKeepingTimerForRows(() -> {
                try (PreparedStatementHandle handle = connection.sessionUnchecked().prepare(sql, keys)) {
                    return List.of(handle.execute(List.of()));
                }
            }, sql);
        } else {
            executed = runGuardedKeepingTimerForRows(() -> connection.sessionUnchecked().executeScript(sql), sql);
        }
        install(executed, keys.requested());
        return currentResultSet != null;
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        executeText(sql, GeneratedKeys.NONE);
        return requireResultSet();
    }

    /** The first result set among the results, as executeQuery promises; the others are skipped. */
    ResultSet requireResultSet() throws SQLException {
        while (currentResultSet == null && resultIndex < results.size()) {
            resultIndex++;
            position();
        }
        if (currentResultSet == null) {
            throw SqlExceptions.of(ErrorCode.NO_DATA, "No results were returned by the query.");
        }
        return currentResultSet;
    }

    /** The update count of the first result; a query's rows are an error, RETURNING rows are dropped. */
    long requireUpdateCount() throws SQLException {
        if (currentResultSet != null) {
            StatementResult result = results.get(resultIndex);
            if (result.updateCount() < 0) {
                clearResults();
                throw SqlExceptions.of(ErrorCode.RESULT_RETURNED_WHEN_NONE_EXPECTED, "A result was returned when none was expected.");
            }
            long count = result.updateCount();
            DoSqlResultSet rows = currentResultSet;
            currentResultSet = null;
            currentUpdateCount = count;
            rows.close();
        }
        return Math.max(0, currentUpdateCount);
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return (int) executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        executeText(sql, GeneratedKeys.NONE);
        return requireUpdateCount();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        return executeText(sql, GeneratedKeys.NONE);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return (int) executeLargeUpdate(sql, autoGeneratedKeys);
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        executeText(sql, keysFor(autoGeneratedKeys));
        return requireUpdateCount();
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw SqlExceptions.unsupported("Generated keys by column index");
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw SqlExceptions.unsupported("Generated keys by column index");
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return (int) executeLargeUpdate(sql, columnNames);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        executeText(sql, generatedKeys(columnNames));
        return requireUpdateCount();
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return executeText(sql, keysFor(autoGeneratedKeys));
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        throw SqlExceptions.unsupported("Generated keys by column index");
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return executeText(sql, generatedKeys(columnNames));
    }

    static GeneratedKeys keysFor(int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys == RETURN_GENERATED_KEYS) {
            return GeneratedKeys.ALL_COLUMNS;
        }
        if (autoGeneratedKeys == NO_GENERATED_KEYS) {
            return GeneratedKeys.NONE;
        }
        throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Unknown autoGeneratedKeys value " + autoGeneratedKeys);
    }

    @Override
    public String commandTag() throws SQLException {
        checkOpen();
        return resultIndex < results.size() ? results.get(resultIndex).commandTag() : null;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return currentResultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return (int) Math.min(getLargeUpdateCount(), Integer.MAX_VALUE);
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return currentResultSet != null ? -1 : currentUpdateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    /** KEEP_CURRENT_RESULT leaves the current result set open: each result has its own cursor. */
    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (currentResultSet != null && current != KEEP_CURRENT_RESULT) {
            DoSqlResultSet open = currentResultSet;
            currentResultSet = null;
            open.close();
        }
        if (resultIndex < results.size()) {
            resultIndex++;
        }
        position();
        return currentResultSet != null;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        if (generatedKeys == null) {
            generatedKeys = emptyResultSet();
        }
        return generatedKeys;
    }

    /** Called by a result set of this statement when it closes (closeOnCompletion). */
    void resultSetClosed(DoSqlResultSet resultSet) {
        if (resultSet == currentResultSet) {
            currentResultSet = null;
            releaseReadTimer();
        }
        if (closeOnCompletion && !closed && currentResultSet == null && resultSet != generatedKeys) {
            try {
                close();
            } catch (SQLException ignored) {
                // Closing a statement does not fail.
            }
        }
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "SQL text is null");
        }
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return toIntCounts(executeLargeBatch());
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        clearResults();
        List<String> commands = new ArrayList<>(batch);
        batch.clear();
        long[] counts = new long[commands.size()];
        for (int index = 0; index < commands.size(); index++) {
            String sql = commands.get(index);
            try {
                counts[index] = runGuarded(() -> {
                    long total = 0;
                    for (StatementResult result : connection.sessionUnchecked().executeScript(sql)) {
                        total += Math.max(0, result.updateCount());
                        result.close();
                    }
                    return total;
                }, sql);
            } catch (SQLException failure) {
                throw batchFailure(failure, Arrays.copyOf(counts, index));
            }
        }
        return counts;
    }

    static BatchUpdateException batchFailure(SQLException failure, long[] completed) {
        return SqlExceptions.batchFailure(failure, completed);
    }

    static int[] toIntCounts(long[] counts) {
        int[] result = new int[counts.length];
        for (int index = 0; index < counts.length; index++) {
            result[index] = (int) Math.min(counts[index], Integer.MAX_VALUE);
        }
        return result;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        clearResults();
        closed = true;
        connection.statementClosed(this);
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return maxFieldSize;
    }

    /** Remembered only: values are never truncated. */
    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "The maximum field size must be a value greater than or equal to 0.");
        }
        maxFieldSize = max;
    }

    @Override
    public int getMaxRows() throws SQLException {
        return (int) Math.min(getLargeMaxRows(), Integer.MAX_VALUE);
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "The maximum number of rows must be a value greater than or equal to 0.");
        }
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Query timeout must be a value greater than or equals to 0.");
        }
        queryTimeoutSeconds = seconds;
    }

    /** Asks the session to stop the running statement (57014); safe from any thread. */
    @Override
    public void cancel() throws SQLException {
        checkOpen();
        connection.session().cancel();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw SqlExceptions.unsupported("setCursorName");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw SqlExceptions.unsupported("Fetch directions other than FETCH_FORWARD");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    /** Remembered only: embedded results are streamed from the engine without round trips. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Fetch size must be a value greater than or equal to 0.");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Cannot unwrap to " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
