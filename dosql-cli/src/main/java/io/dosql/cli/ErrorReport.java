package io.dosql.cli;

import io.dosql.core.DoSqlException;
import java.io.PrintStream;
import java.sql.SQLException;

/**
 * Formats a failed statement as psql does — {@code ERROR:  message}, then {@code LINE n: …} with a
 * caret under the error position, {@code DETAIL:} and {@code HINT:} — plus the SQLSTATE on the first line.
 */
final class ErrorReport {
    private static final String PREFIX = "ERROR: ";

    private ErrorReport() {
    }

    static void print(PrintStream err, SQLException failure, String sql) {
        DoSqlException engineError = engineError(failure);
        String state = failure.getSQLState();
        String suffix = state == null ? "" : " (SQLSTATE " + state + ")";
        if (engineError == null) {
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            if (message.startsWith(PREFIX)) {
                message = message.substring(PREFIX.length());
            }
            err.println("ERROR:  " + message + suffix);
            return;
        }
        err.println("ERROR:  " + engineError.getMessage() + suffix);
        if (sql != null && engineError.position() > 0) {
            printPosition(err, sql, engineError.position());
        }
        engineError.detail().ifPresent(detail -> err.println("DETAIL:  " + detail));
        engineError.hint().ifPresent(hint -> err.println("HINT:  " + hint));
    }

    private static DoSqlException engineError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DoSqlException engineError) {
                return engineError;
            }
        }
        return null;
    }

    /** {@code LINE 2: select * form t} and a caret under the 1-based {@code position}. */
    static void printPosition(PrintStream err, String sql, int position) {
        int offset = Math.min(position - 1, sql.length());
        int lineStart = sql.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = sql.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = sql.length();
        }
        int lineNumber = 1;
        for (int index = 0; index < lineStart; index++) {
            if (sql.charAt(index) == '\n') {
                lineNumber++;
            }
        }
        String label = "LINE " + lineNumber + ": ";
        err.println(label + sql.substring(lineStart, lineEnd));
        err.println(" ".repeat(label.length() + offset - lineStart) + "^");
    }
}
