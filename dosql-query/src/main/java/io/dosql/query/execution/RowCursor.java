package io.dosql.query.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open JDBC cursor exposed as a pull-based {@link Stream}: each {@code tryAdvance} reads one row, so
 * memory stays constant. Closing (or exhausting) it frees the result set, statement and connection.
 */
final class RowCursor extends Spliterators.AbstractSpliterator<Map<String, Object>> {
    private final QueryExecutor executor;
    private final String sql;
    private final Connection connection;
    private final PreparedStatement statement;
    private final boolean ownTransaction;
    private ResultSet resultSet;
    private String[] labels;
    private boolean closed;

    RowCursor(QueryExecutor executor, String sql, Connection connection, PreparedStatement statement,
              boolean ownTransaction) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.executor = executor;
        this.sql = sql;
        this.connection = connection;
        this.statement = statement;
        this.ownTransaction = ownTransaction;
    }

    void open(ResultSet rows) throws SQLException {
        this.resultSet = rows;
        this.labels = QueryExecutor.labels(rows.getMetaData());
    }

    Stream<Map<String, Object>> stream() {
        return StreamSupport.stream(this, false).onClose(this::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Map<String, Object>> action) {
        if (closed) {
            return false;
        }
        try {
            if (!resultSet.next()) {
                close();
                return false;
            }
            action.accept(executor.readRow(resultSet, labels));
            return true;
        } catch (SQLException e) {
            close();
            throw new QueryExecutionException(sql, e);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        try {
            if (resultSet != null) {
                resultSet.close();
            }
            statement.close();
        } catch (SQLException e) {
            failure = e;
        }
        try {
            if (ownTransaction) {
                // the cursor only read; commit ends the transaction it needed, then autocommit returns
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            failure = failure == null ? e : failure;
        } finally {
            executor.release(connection);
        }
        if (failure != null) {
            throw new QueryExecutionException(sql, failure);
        }
    }
}
