package io.dosql.query.execution;

import io.dosql.query.Dialect;
import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.node.QueryNode;
import io.dosql.query.plugin.ColumnRenamingPlugin;
import io.dosql.query.plugin.QueryPlugin;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs operation trees: plugins' {@code transformQuery} → dialect compiler → JDBC → plugins'
 * {@code transformResult}. Immutable; a transaction gets a copy bound to its connection.
 */
public final class QueryExecutor {
    /** Most SQL texts whose result labels are remembered; past it the memory starts afresh. */
    private static final int MAX_LAYOUTS = 1024;

    private final Dialect<?> dialect;
    private final ConnectionProvider connections;
    private final List<QueryPlugin> plugins;
    // true when no plugin rewrites result rows beyond renaming columns: records can then be read directly
    private final boolean directReading;
    // SQL text → result labels; shared with this executor's transaction copies (same database, same plugins)
    private final Map<String, ResultLayout> layouts;

    public QueryExecutor(Dialect<?> dialect, ConnectionProvider connections, List<QueryPlugin> plugins) {
        this(dialect, connections, plugins, new ConcurrentHashMap<>());
    }

    private QueryExecutor(Dialect<?> dialect, ConnectionProvider connections, List<QueryPlugin> plugins,
                          Map<String, ResultLayout> layouts) {
        this.dialect = Objects.requireNonNull(dialect, "dialect is null");
        this.connections = Objects.requireNonNull(connections, "connections is null");
        this.plugins = List.copyOf(plugins);
        this.directReading = this.plugins.stream().allMatch(QueryExecutor::onlyRenamesColumns);
        this.layouts = layouts;
    }

    private static boolean onlyRenamesColumns(QueryPlugin plugin) {
        if (plugin instanceof ColumnRenamingPlugin) {
            return true;
        }
        try {
            return plugin.getClass().getMethod("transformResult", Map.class).getDeclaringClass() == QueryPlugin.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    public Dialect<?> dialect() {
        return dialect;
    }

    public boolean inTransaction() {
        return connections.inTransaction();
    }

    public QueryExecutor withPlugin(QueryPlugin plugin) {
        List<QueryPlugin> all = new ArrayList<>(plugins);
        all.add(Objects.requireNonNull(plugin, "plugin is null"));
        return new QueryExecutor(dialect, connections, all);
    }

    /** Applies every plugin's transformQuery, in registration order. */
    public QueryNode transform(QueryNode query) {
        QueryNode result = query;
        for (int i = 0; i < plugins.size(); i++) {
            result = plugins.get(i).transformQuery(result);
        }
        return result;
    }

    public CompiledQuery compile(QueryNode query) {
        return dialect.compile(transform(query));
    }

    public CompiledQuery compileExplain(QueryNode query) {
        return dialect.newCompiler().compileExplain(transform(query));
    }

    /** Runs a row-returning statement; {@code maxRows} 0 means all rows. */
    public List<Map<String, Object>> query(CompiledQuery compiled, int maxRows) {
        Connection connection = acquire(compiled);
        try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            if (maxRows > 0) {
                statement.setMaxRows(maxRows);
            }
            bind(statement, compiled.parameters());
            try (ResultSet resultSet = statement.executeQuery()) {
                String[] labels = layout(compiled.sql(), resultSet).labels();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (resultSet.next()) {
                    rows.add(readRow(resultSet, labels));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new QueryExecutionException(compiled.sql(), e);
        } finally {
            release(connection);
        }
    }

    /**
     * Runs a row-returning statement and maps its rows to records; {@code maxRows} 0 means all rows. When
     * no plugin rewrites rows beyond renaming columns, each row is read by column index straight into the
     * record's constructor (labels matched to components once per SQL text); else through row maps.
     */
    public <R> List<R> queryRecords(CompiledQuery compiled, int maxRows, RecordMapper<R> mapper) {
        if (!directReading) {
            return query(compiled, maxRows).stream().map(mapper::map).toList();
        }
        String sql = compiled.sql();
        Connection connection = acquire(compiled);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (maxRows > 0) {
                statement.setMaxRows(maxRows);
            }
            bind(statement, compiled.parameters());
            try (ResultSet resultSet = statement.executeQuery()) {
                if (!resultSet.next()) {
                    return List.of();
                }
                int[] columns = layout(sql, resultSet).columnsFor(mapper);
                R first = mapper.read(resultSet, columns);
                if (maxRows == 1 || !resultSet.next()) {
                    return List.of(first);
                }
                List<R> records = new ArrayList<>();
                records.add(first);
                do {
                    records.add(mapper.read(resultSet, columns));
                } while ((maxRows == 0 || records.size() < maxRows) && resultSet.next());
                return java.util.Collections.unmodifiableList(records);
            }
        } catch (SQLException e) {
            throw new QueryExecutionException(sql, e);
        } finally {
            release(connection);
        }
    }

    /** The result labels of {@code sql}, remembered across runs unless the SQL selects {@code *}. */
    private ResultLayout layout(String sql, ResultSet resultSet) throws SQLException {
        ResultLayout layout = layouts.get(sql);
        if (layout != null) {
            return layout;
        }
        String[] labels = labels(resultSet.getMetaData());
        String[] renamed = labels.clone();
        for (QueryPlugin plugin : plugins) {
            if (plugin instanceof ColumnRenamingPlugin renaming) {
                for (int i = 0; i < renamed.length; i++) {
                    renamed[i] = renaming.renameColumn(renamed[i]);
                }
            }
        }
        layout = new ResultLayout(labels, renamed);
        // a * may come to mean other columns (ALTER TABLE) under the same text, so it is never remembered
        if (sql.indexOf('*') < 0) {
            if (layouts.size() >= MAX_LAYOUTS) {
                layouts.clear();
            }
            layouts.put(sql, layout);
        }
        return layout;
    }

    /** Runs a statement without result rows and returns the number of affected rows. */
    public long update(CompiledQuery compiled) {
        Connection connection = acquire(compiled);
        try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
            bind(statement, compiled.parameters());
            return statement.executeLargeUpdate();
        } catch (SQLException e) {
            throw new QueryExecutionException(compiled.sql(), e);
        } finally {
            release(connection);
        }
    }

    /**
     * Runs one prepared statement once per parameter row, sending {@code batchSize} rows per JDBC batch,
     * and returns the number of affected rows. Rows are pulled lazily, so they may exceed memory.
     */
    public long updateBatches(String sql, Iterator<List<Object>> parameterRows, int batchSize) {
        Connection connection = acquire(null);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            long affected = 0;
            int pending = 0;
            while (parameterRows.hasNext()) {
                bind(statement, parameterRows.next());
                statement.addBatch();
                if (++pending == batchSize || !parameterRows.hasNext()) {
                    for (long count : statement.executeLargeBatch()) {
                        // SUCCESS_NO_INFO (-2): the row was written but the driver did not count it
                        affected += count == Statement.SUCCESS_NO_INFO ? 1 : count;
                    }
                    pending = 0;
                }
            }
            return affected;
        } catch (SQLException e) {
            throw new QueryExecutionException(sql, e);
        } finally {
            release(connection);
        }
    }

    /**
     * Streams rows through a JDBC cursor of {@code fetchSize} rows; closing the stream closes the result
     * set and statement and returns the connection. On PostgreSQL, outside a transaction, the stream opens
     * its own (autocommit off) because pgjdbc only honours the fetch size there.
     */
    public Stream<Map<String, Object>> stream(CompiledQuery compiled, int fetchSize) {
        Connection connection = acquire(compiled);
        try {
            boolean ownTransaction = dialect.cursorNeedsTransaction() && connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            PreparedStatement statement = connection.prepareStatement(compiled.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
            RowCursor cursor = new RowCursor(this, compiled.sql(), connection, statement, ownTransaction);
            try {
                statement.setFetchSize(fetchSize);
                bind(statement, compiled.parameters());
                cursor.open(statement.executeQuery());
            } catch (SQLException | RuntimeException e) {
                cursor.close();
                throw e;
            }
            return cursor.stream();
        } catch (SQLException e) {
            release(connection);
            throw new QueryExecutionException(compiled.sql(), e);
        }
    }

    /** Work on a raw JDBC connection (for bulk loading); the connection is released afterwards. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException, java.io.IOException;
    }

    /** Runs {@code work} on a connection of this executor (the transaction's, when inside one). */
    public <T> T withConnection(ConnectionWork<T> work) {
        Connection connection = acquire(null);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new QueryExecutionException("statement failed", e);
        } catch (java.io.IOException e) {
            throw new QueryExecutionException("bulk load failed", e);
        } finally {
            release(connection);
        }
    }

    /**
     * Runs {@code body} in a transaction: a new one (with {@code isolation}, if not null) or, when this
     * executor is already inside one, a savepoint that a failure rolls back alone before rethrowing.
     */
    public <T> T inTransaction(IsolationLevel isolation, Function<QueryExecutor, T> body) {
        if (connections.inTransaction()) {
            return inSavepoint(body);
        }
        Connection connection;
        try {
            connection = connections.acquire();
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot open a connection", e);
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            int previousIsolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            try {
                if (isolation != null) {
                    connection.setTransactionIsolation(isolation.jdbcLevel());
                }
                T result = body.apply(new QueryExecutor(dialect, new TransactionConnection(connection), plugins, layouts));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                if (isolation != null) {
                    connection.setTransactionIsolation(previousIsolation);
                }
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new QueryExecutionException("transaction failed", e);
        } finally {
            release(connection);
        }
    }

    private <T> T inSavepoint(Function<QueryExecutor, T> body) {
        Connection connection = acquire(null);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot create a savepoint", e);
        }
        try {
            T result = body.apply(this);
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot release a savepoint", e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    // ---- JDBC plumbing -----------------------------------------------------------------------------

    private Connection acquire(CompiledQuery compiled) {
        try {
            return connections.acquire();
        } catch (SQLException e) {
            throw compiled == null ? new QueryExecutionException("cannot open a connection", e)
                : new QueryExecutionException(compiled.sql(), e);
        }
    }

    void release(Connection connection) {
        try {
            connections.release(connection);
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot release a connection", e);
        }
    }

    private void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = bindable(parameters.get(i));
            // typed setters for the common types spare the driver its type dispatch
            if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (value instanceof String text) {
                statement.setString(i + 1, text);
            } else if (value instanceof Boolean bool) {
                statement.setBoolean(i + 1, bool);
            } else if (value instanceof Double number) {
                statement.setDouble(i + 1, number);
            } else if (value instanceof BigDecimal number) {
                statement.setBigDecimal(i + 1, number);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private Object bindable(Object value) {
        if (value instanceof io.dosql.query.expression.Parameter parameter) {
            throw new IllegalStateException("parameter '" + parameter.name() + "' is not bound; run the query"
                + " through prepare() and pass its value");
        }
        if (value instanceof Enum<?> enumValue) {
            return enumValue.name();
        }
        if (dialect.bindsTemporalAsText()) {
            if (value instanceof LocalDateTime dateTime) {
                return dateTime.toString().replace('T', ' ');
            }
            if (value instanceof LocalDate || value instanceof LocalTime || value instanceof OffsetDateTime
                || value instanceof Temporal || value instanceof UUID) {
                return value.toString();
            }
        } else if (value instanceof UUID && !dialect.cursorNeedsTransaction()) {
            return value.toString();
        }
        return value;
    }

    static String[] labels(ResultSetMetaData metaData) throws SQLException {
        String[] labels = new String[metaData.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = metaData.getColumnLabel(i + 1);
        }
        return labels;
    }

    Map<String, Object> readRow(ResultSet resultSet, String[] labels) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>(labels.length * 2);
        for (int i = 0; i < labels.length; i++) {
            row.put(labels[i], ValueConverter.normalize(resultSet.getObject(i + 1)));
        }
        for (QueryPlugin plugin : plugins) {
            row = plugin.transformResult(row);
        }
        return row;
    }
}
