package io.dosql.jdbc;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.Session;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A JDBC connection over one engine {@link Session}. Transactions, savepoints and isolation are SQL
 * the session runs; closing the connection closes its statements and session and releases its
 * database lease (the last connection to a named in-memory database drops it).
 */
final class DoSqlConnection implements Connection {
    // The connection's monitor serialises use of the session, which is not thread-safe; see DoSqlStatement.
    private final Session session;
    private final DatabaseRegistry.Lease lease;
    private final String url;
    private final Set<DoSqlStatement> openStatements = ConcurrentHashMap.newKeySet();
    private final Properties clientInfo = new Properties();
    private volatile boolean closed;
    private boolean readOnly;
    private int isolation = TRANSACTION_READ_COMMITTED;
    private int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
    private int networkTimeout;
    private String schema = "public";
    private int savepointCounter;
    private SQLWarning warnings;

    private DoSqlStatement lastStatement;

    DoSqlConnection(Session session, DatabaseRegistry.Lease lease, String url) {
        this.session = session;
        this.lease = lease;
        this.url = url;
    }

    /**
     * Called (under this connection's lock) when a statement starts: the previous statement's timeout
     * timer, if still kept for reading its rows, stops so it cannot cancel the new statement.
     */
    void startedStatement(DoSqlStatement statement) {
        DoSqlStatement previous = lastStatement;
        if (previous != null && previous != statement) {
            previous.releaseReadTimer();
        }
        lastStatement = statement;
    }

    Session session() throws SQLException {
        checkOpen();
        return session;
    }

    /** The session without the open check, for code inside an already checked call. */
    Session sessionUnchecked() {
        return session;
    }

    String url() {
        return url;
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.of(ErrorCode.CONNECTION_DOES_NOT_EXIST, "This connection has been closed.");
        }
    }

    void statementClosed(DoSqlStatement statement) {
        openStatements.remove(statement);
    }

    /** Runs one driver-issued SQL command (BEGIN-free transaction control, SAVEPOINT, SET). */
    private synchronized void runCommand(String sql) throws SQLException {
        checkOpen();
        try {
            session.executeScript(sql).forEach(result -> result.close());
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, sql);
        }
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return register(new DoSqlStatement(this));
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepare(sql, io.dosql.engine.GeneratedKeys.NONE);
    }

    private PreparedStatement prepare(String sql, io.dosql.engine.GeneratedKeys keys) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "SQL text is null");
        }
        return register(new DoSqlPreparedStatement(this, sql, keys));
    }

    private <T extends DoSqlStatement> T register(T statement) {
        openStatements.add(statement);
        return statement;
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw SqlExceptions.unsupported("prepareCall");
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    @Override
    public synchronized void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        try {
            session.setAutoCommit(autoCommit);
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, null);
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return session.isAutoCommit();
    }

    @Override
    public synchronized void commit() throws SQLException {
        checkOpen();
        if (session.isAutoCommit()) {
            throw SqlExceptions.of(ErrorCode.NO_ACTIVE_SQL_TRANSACTION,
                    "Cannot commit when autoCommit is enabled.");
        }
        try {
            session.commit();
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, null);
        }
    }

    @Override
    public synchronized void rollback() throws SQLException {
        checkOpen();
        if (session.isAutoCommit()) {
            throw SqlExceptions.of(ErrorCode.NO_ACTIVE_SQL_TRANSACTION,
                    "Cannot rollback when autoCommit is enabled.");
        }
        try {
            session.rollback();
        } catch (RuntimeException failure) {
            throw SqlExceptions.translate(failure, null);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        for (DoSqlStatement statement : openStatements.toArray(new DoSqlStatement[0])) {
            statement.close();
        }
        try {
            session.close();
        } catch (DoSqlException ignored) {
            // The database may already be closed; the connection is going away either way.
        } finally {
            lease.release();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new DoSqlDatabaseMetaData(this);
    }

    /** Read-only is remembered and reported; the engine does not enforce it yet. */
    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    /** DoSQL has one catalog per database and no name for it: ignored, as the JDBC spec allows. */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return null;
    }

    /**
     * Sets the isolation level of the transactions that follow, like pgjdbc ({@code SET SESSION
     * CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL …}); inside a transaction that already ran a
     * statement the level can no longer change (25001, as pgjdbc reports).
     */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        String name = isolationName(level);
        if (level == isolation) {
            return;
        }
        if (session.inTransaction()) {
            throw SqlExceptions.of(ErrorCode.ACTIVE_SQL_TRANSACTION,
                    "Cannot change transaction isolation level in the middle of a transaction.");
        }
        runCommand("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + name);
        isolation = level;
    }

    private static String isolationName(int level) throws SQLException {
        switch (level) {
            case TRANSACTION_READ_UNCOMMITTED:
                return "READ UNCOMMITTED";
            case TRANSACTION_READ_COMMITTED:
                return "READ COMMITTED";
            case TRANSACTION_REPEATABLE_READ:
                return "REPEATABLE READ";
            case TRANSACTION_SERIALIZABLE:
                return "SERIALIZABLE";
            default:
                throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE,
                        "Transaction isolation level " + level + " not supported.");
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return isolation;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency);
        return prepareStatement(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        throw SqlExceptions.unsupported("prepareCall");
    }

    static void checkResultSetOptions(int resultSetType, int resultSetConcurrency) throws SQLException {
        if (resultSetType != ResultSet.TYPE_FORWARD_ONLY) {
            throw SqlExceptions.unsupported("Scrollable result sets");
        }
        if (resultSetConcurrency != ResultSet.CONCUR_READ_ONLY) {
            throw SqlExceptions.unsupported("Updatable result sets");
        }
    }

    private void checkHoldability(int requested) throws SQLException {
        if (requested != ResultSet.HOLD_CURSORS_OVER_COMMIT && requested != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Unknown holdability " + requested);
        }
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return Collections.emptyMap();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw SqlExceptions.unsupported("Custom type maps");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        checkHoldability(holdability);
        this.holdability = holdability;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return createSavepoint(null);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        if (name == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Savepoint name is null");
        }
        return createSavepoint(name);
    }

    private Savepoint createSavepoint(String name) throws SQLException {
        checkOpen();
        if (session.isAutoCommit()) {
            throw SqlExceptions.of(ErrorCode.NO_ACTIVE_SQL_TRANSACTION,
                    "Cannot establish a savepoint in auto-commit mode.");
        }
        if (!session.inTransaction()) {
            // as pgjdbc: a savepoint as the first act of a transaction begins it
            runCommand("BEGIN");
        }
        DoSqlSavepoint savepoint = new DoSqlSavepoint(++savepointCounter, name);
        runCommand("SAVEPOINT " + savepoint.sqlName());
        return savepoint;
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        runCommand("ROLLBACK TO SAVEPOINT " + DoSqlSavepoint.of(savepoint).sqlName());
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        runCommand("RELEASE SAVEPOINT " + DoSqlSavepoint.of(savepoint).sqlName());
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        checkHoldability(resultSetHoldability);
        return createStatement(resultSetType, resultSetConcurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                              int resultSetHoldability) throws SQLException {
        checkHoldability(resultSetHoldability);
        return prepareStatement(sql, resultSetType, resultSetConcurrency);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                         int resultSetHoldability) throws SQLException {
        throw SqlExceptions.unsupported("prepareCall");
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS) {
            return prepare(sql, io.dosql.engine.GeneratedKeys.ALL_COLUMNS);
        }
        if (autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE,
                    "Unknown autoGeneratedKeys value " + autoGeneratedKeys);
        }
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        throw SqlExceptions.unsupported("Generated keys by column index");
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepare(sql, DoSqlStatement.generatedKeys(columnNames));
    }

    @Override
    public Clob createClob() throws SQLException {
        throw SqlExceptions.unsupported("createClob");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw SqlExceptions.unsupported("createBlob");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw SqlExceptions.unsupported("createNClob");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw SqlExceptions.unsupported("createSQLXML");
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "timeout must not be negative");
        }
        return !closed;
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfo.clear();
        if (properties != null) {
            clientInfo.putAll(properties);
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw SqlExceptions.unsupported("createArrayOf");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw SqlExceptions.unsupported("createStruct");
    }

    /** Issues {@code SET search_path TO "schema"}, as pgjdbc does, and remembers the name for getSchema. */
    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        if (schema == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Schema name is null");
        }
        runCommand("SET search_path TO \"" + schema.replace("\"", "\"\"") + "\"");
        this.schema = schema;
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return schema;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "executor is null");
        }
        if (closed) {
            return;
        }
        session.cancel();
        executor.execute(() -> {
            try {
                close();
            } catch (SQLException ignored) {
                // Abort is best effort by definition.
            }
        });
    }

    /** Embedded: there is no network; the value is remembered for tools that read it back. */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        networkTimeout = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeout;
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
