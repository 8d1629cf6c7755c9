package io.dosql.query.execution;

import java.sql.SQLException;

/** A database error while running a query; carries the SQL text and the server's SQLSTATE. */
public class QueryExecutionException extends RuntimeException {
    private final String sql;
    private final String sqlState;

    public QueryExecutionException(String sql, SQLException cause) {
        super(cause.getMessage() + " [SQLSTATE " + cause.getSQLState() + "] in: " + sql, cause);
        this.sql = sql;
        this.sqlState = cause.getSQLState();
    }

    public QueryExecutionException(String message, Throwable cause) {
        super(message, cause);
        this.sql = null;
        this.sqlState = cause instanceof SQLException sqlException ? sqlException.getSQLState() : null;
    }

    /** The SQL that failed, or null when the failure was not in a statement. */
    public String sql() {
        return sql;
    }

    /** The five-character SQLSTATE reported by the driver, or null. */
    public String sqlState() {
        return sqlState;
    }
}
