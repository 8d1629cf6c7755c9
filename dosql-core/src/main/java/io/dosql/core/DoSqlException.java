package io.dosql.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The one exception type DoSQL's engine throws: an {@link ErrorCode} (hence a SQLSTATE), a message,
 * and optionally a 1-based character position in the statement text, a detail and a hint
 * (PostgreSQL's ErrorResponse fields P, D and H).
 *
 * <p>Unchecked so that it can cross visitor and iterator boundaries; the JDBC driver turns it into a
 * {@link java.sql.SQLException} with the same SQLSTATE.
 */
public final class DoSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final int position;
    private final String detail;
    private final String hint;

    public DoSqlException(ErrorCode code, String message) {
        this(code, message, 0, null, null, null);
    }

    public DoSqlException(ErrorCode code, String message, Throwable cause) {
        this(code, message, 0, null, null, cause);
    }

    private DoSqlException(ErrorCode code, String message, int position, String detail, String hint,
                           Throwable cause) {
        super(Objects.requireNonNull(message, "message is null"), cause);
        this.code = Objects.requireNonNull(code, "code is null");
        this.position = position;
        this.detail = detail;
        this.hint = hint;
    }

    public ErrorCode code() {
        return code;
    }

    public String sqlState() {
        return code.sqlState();
    }

    /** 1-based character offset into the statement, or 0 when unknown. */
    public int position() {
        return position;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** A copy positioned at {@code position} (1-based), unless this one already has a position. */
    public DoSqlException withPosition(int newPosition) {
        if (position > 0) {
            return this;
        }
        return new DoSqlException(code, getMessage(), newPosition, detail, hint, getCause());
    }

    public DoSqlException withDetail(String newDetail) {
        return new DoSqlException(code, getMessage(), position, newDetail, hint, getCause());
    }

    public DoSqlException withHint(String newHint) {
        return new DoSqlException(code, getMessage(), position, detail, newHint, getCause());
    }

    @Override
    public String toString() {
        return "ERROR: " + getMessage() + " (SQLSTATE " + code.sqlState() + ")";
    }
}
