package io.dosql.jdbc;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCategory;
import io.dosql.core.ErrorCode;
import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;

/**
 * The one place where the driver builds {@link SQLException}s: an engine {@link DoSqlException} (or an
 * {@link ErrorCode} plus message) becomes the JDBC subclass matching its SQLSTATE class, with a
 * pgjdbc-like message ({@code ERROR: …}, then {@code Detail:}, {@code Hint:} and {@code Position:} lines).
 */
final class SqlExceptions {
    private SqlExceptions() {
    }

    /** Translates an engine error raised while running {@code sql} (may be null when unknown). */
    static SQLException translate(DoSqlException error, String sql) {
        return translate(error, sql, false);
    }

    /**
     * Translates an engine error; {@code timedOut} tells a 57014 caused by the statement's query timeout
     * (→ {@link SQLTimeoutException}) from an explicit cancel.
     */
    static SQLException translate(DoSqlException error, String sql, boolean timedOut) {
        boolean timeout = timedOut && error.code() == ErrorCode.QUERY_CANCELED;
        // The engine only knows it was cancelled; the driver knows why (PostgreSQL names the timeout).
        String text = timeout ? ErrorCode.QUERY_CANCELED.format("statement timeout") : error.getMessage();
        StringBuilder message = new StringBuilder("ERROR: ").append(text);
        error.detail().ifPresent(detail -> message.append("\n  Detail: ").append(detail));
        error.hint().ifPresent(hint -> message.append("\n  Hint: ").append(hint));
        if (error.position() > 0) {
            message.append("\n  Position: ").append(error.position());
            if (sql != null) {
                message.append(lineAndColumn(sql, error.position()));
            }
        }
        SQLException exception = create(error.sqlState(), message.toString(), timedOut);
        exception.initCause(error);
        return exception;
    }

    /** Any runtime failure of the engine: DoSqlExceptions keep their code, anything else is XX000. */
    static SQLException translate(RuntimeException failure, String sql) {
        if (failure instanceof DoSqlException error) {
            return translate(error, sql);
        }
        SQLException exception = create(ErrorCode.INTERNAL_ERROR.sqlState(),
                "ERROR: internal error: " + failure, false);
        exception.initCause(failure);
        return exception;
    }

    /** A driver-side error with {@code code}'s SQLSTATE and a literal message. */
    static SQLException of(ErrorCode code, String message) {
        return create(code.sqlState(), message, false);
    }

    /** A failed batch entry: its SQLSTATE and message, with the counts of the entries before it. */
    static BatchUpdateException batchFailure(SQLException failure, long[] completed) {
        return new BatchUpdateException("Batch entry " + completed.length + " failed: " + failure.getMessage(),
                failure.getSQLState(), 0, completed, failure);
    }

    /** 0A000 for a JDBC feature the driver does not offer. */
    static SQLFeatureNotSupportedException unsupported(String feature) {
        return new SQLFeatureNotSupportedException(feature + " is not supported by the DoSQL driver",
                ErrorCode.FEATURE_NOT_SUPPORTED.sqlState());
    }

    /** 08003 for using an object after it (or its connection) was closed. */
    static SQLException closed(String what) {
        return of(ErrorCode.CONNECTION_DOES_NOT_EXIST, "This " + what + " has been closed.");
    }

    /** PostgreSQL-style " (line L, column C)" for a 1-based character position. */
    static String lineAndColumn(String sql, int position) {
        int line = 1;
        int column = 1;
        int limit = Math.min(position - 1, sql.length());
        for (int index = 0; index < limit; index++) {
            if (sql.charAt(index) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return " (line " + line + ", column " + column + ")";
    }

    private static SQLException create(String sqlState, String message, boolean timedOut) {
        if (sqlState.equals(ErrorCode.QUERY_CANCELED.sqlState()) && timedOut) {
            return new SQLTimeoutException(message, sqlState);
        }
        switch (categoryOf(sqlState)) {
            case SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION:
                return new SQLSyntaxErrorException(message, sqlState);
            case INTEGRITY_CONSTRAINT_VIOLATION:
                return new SQLIntegrityConstraintViolationException(message, sqlState);
            case TRANSACTION_ROLLBACK:
                return new SQLTransactionRollbackException(message, sqlState);
            case FEATURE_NOT_SUPPORTED:
                return new SQLFeatureNotSupportedException(message, sqlState);
            case DATA_EXCEPTION:
                return new SQLDataException(message, sqlState);
            case CONNECTION_EXCEPTION:
                return new SQLNonTransientConnectionException(message, sqlState);
            default:
                return new SQLException(message, sqlState);
        }
    }

    private static ErrorCategory categoryOf(String sqlState) {
        String classCode = sqlState.substring(0, 2);
        for (ErrorCategory category : ErrorCategory.values()) {
            if (category.classCode().equals(classCode)) {
                return category;
            }
        }
        return ErrorCategory.INTERNAL_ERROR;
    }
}
