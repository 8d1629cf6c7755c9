package io.dosql.sqllogictest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the records of one script, in order, on one connection and reports each outcome to a {@link FileProgress}.
 *
 * <p>Statements pass when their success or failure matches {@code ok} / {@code error} (any error). Queries pass when
 * their formatted values, after sorting, match the expected values or hash. A lost connection aborts the file.
 */
public final class FileRunner {

    /** The reference's default: results of more than 8 values are hashed. */
    public static final int DEFAULT_HASH_THRESHOLD = 8;

    private final String label;

    /** @param label the engine name matched against skipif/onlyif (e.g. {@code postgresql}) */
    public FileRunner(String label) {
        this.label = Objects.requireNonNull(label, "label is null");
    }

    /** Counts the records of {@code script} that will run and that will be skipped: {runnable, skippable}. */
    public int[] countRecords(SltScript script) {
        int runnable = 0;
        int skippable = 0;
        for (Record record : script.recordsUntilHalt(label)) {
            if (record.isCounted()) {
                if (Condition.allowAll(record.conditions(), label)) {
                    runnable++;
                } else {
                    skippable++;
                }
            }
        }
        return new int[] {runnable, skippable};
    }

    /** Runs {@code script} on {@code connection}; returns early if {@code progress} is aborted meanwhile. */
    public void run(SltScript script, Connection connection, FileProgress progress) {
        QueryChecker checker = new QueryChecker();
        int hashThreshold = DEFAULT_HASH_THRESHOLD;
        for (Record record : script.recordsUntilHalt(label)) {
            if (progress.isAborted()) {
                return;
            }
            boolean applies = Condition.allowAll(record.conditions(), label);
            if (!applies) {
                if (record.isCounted()) {
                    progress.recordSkipped();
                }
                continue;
            }
            if (record instanceof HashThresholdRecord) {
                hashThreshold = ((HashThresholdRecord) record).threshold();
            } else if (record instanceof InvalidRecord) {
                InvalidRecord invalid = (InvalidRecord) record;
                progress.recordFailed(new RecordFailure(invalid.line(), "", "invalid record: " + invalid.message(),
                        "", "", ""));
            } else if (record instanceof StatementRecord) {
                StatementRecord statement = (StatementRecord) record;
                long start = System.nanoTime();
                runStatement(statement, connection, progress);
                progress.recordTiming(statement.line(), statement.sql(), System.nanoTime() - start);
            } else if (record instanceof QueryRecord) {
                QueryRecord query = (QueryRecord) record;
                long start = System.nanoTime();
                runQuery(query, connection, progress, checker, hashThreshold);
                progress.recordTiming(query.line(), query.sql(), System.nanoTime() - start);
            } else {
                throw new IllegalStateException("unhandled record " + record);
            }
        }
    }

    private void runStatement(StatementRecord record, Connection connection, FileProgress progress) {
        String expected = record.expectError() ? "error" : "ok";
        try (Statement statement = connection.createStatement()) {
            progress.setCurrentStatement(statement);
            drainResults(statement, statement.execute(record.sql()));
            if (record.expectError()) {
                progress.recordFailed(new RecordFailure(record.line(), record.sql(),
                        "statement succeeded but an error was expected", expected, "ok", ""));
            } else {
                progress.recordPassed();
            }
        } catch (SQLException error) {
            if (abortIfConnectionLost(connection, error, progress)) {
                return;
            }
            if (record.expectError()) {
                progress.recordPassed();
            } else {
                progress.recordFailed(new RecordFailure(record.line(), record.sql(), "statement failed", expected,
                        "", describe(error)));
            }
        } catch (RuntimeException | StackOverflowError crash) {
            // A driver bug must not stop the file; it is reported under its exception class.
            progress.recordFailed(new RecordFailure(record.line(), record.sql(), "driver crashed", expected, "",
                    describe(crash)));
        } finally {
            progress.setCurrentStatement(null);
        }
    }

    private void runQuery(QueryRecord record, Connection connection, FileProgress progress, QueryChecker checker,
            int hashThreshold) {
        List<String> values;
        try (Statement statement = connection.createStatement()) {
            progress.setCurrentStatement(statement);
            if (!statement.execute(record.sql())) {
                progress.recordFailed(new RecordFailure(record.line(), record.sql(), "query returned no result set",
                        record.expected().describe(), "", ""));
                return;
            }
            try (ResultSet resultSet = statement.getResultSet()) {
                int columns = resultSet.getMetaData().getColumnCount();
                if (columns != record.columnCount()) {
                    progress.recordFailed(new RecordFailure(record.line(), record.sql(), "wrong number of result columns",
                            record.columnCount() + " columns", columns + " columns", ""));
                    return;
                }
                values = readValues(resultSet, record.types());
            }
        } catch (SQLException error) {
            if (!abortIfConnectionLost(connection, error, progress)) {
                progress.recordFailed(new RecordFailure(record.line(), record.sql(), "query failed",
                        record.expected().describe(), "", describe(error)));
            }
            return;
        } catch (RuntimeException | StackOverflowError crash) {
            progress.recordFailed(new RecordFailure(record.line(), record.sql(), "driver crashed",
                    record.expected().describe(), "", describe(crash)));
            return;
        } finally {
            progress.setCurrentStatement(null);
        }
        Optional<QueryChecker.Mismatch> mismatch = checker.check(record, values, hashThreshold);
        if (mismatch.isEmpty()) {
            progress.recordPassed();
        } else {
            progress.recordFailed(new RecordFailure(record.line(), record.sql(), mismatch.get().kind(),
                    record.expected().describe(), mismatch.get().actual(), ""));
        }
    }

    private static List<String> readValues(ResultSet resultSet, String types) throws SQLException {
        List<String> values = new ArrayList<>();
        while (resultSet.next()) {
            for (int column = 1; column <= types.length(); column++) {
                char type = types.charAt(column - 1);
                if (type == 'T') {
                    String text = resultSet.getString(column);
                    values.add(text == null ? "NULL" : ValueFormatter.formatText(text));
                } else {
                    values.add(ValueFormatter.format(resultSet.getObject(column), null, type));
                }
            }
        }
        return values;
    }

    /** Aborts the file when the error means the connection is gone (SQLSTATE class 08, or closed). */
    private static boolean abortIfConnectionLost(Connection connection, SQLException error, FileProgress progress) {
        String state = error.getSQLState();
        boolean lost = state != null && state.startsWith("08");
        if (!lost) {
            try {
                lost = connection.isClosed();
            } catch (SQLException closedCheckFailed) {
                lost = true;
            }
        }
        if (lost) {
            progress.abort("aborted: connection lost: " + describe(error));
        }
        return lost;
    }

    /** An error as {@code [SQLSTATE] first line of message}. */
    static String describe(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (error instanceof SQLException && ((SQLException) error).getSQLState() != null) {
            return "[" + ((SQLException) error).getSQLState() + "] " + message.trim();
        }
        if (!(error instanceof SQLException)) {
            return error.getClass().getSimpleName() + ": " + message.trim();
        }
        return message.trim();
    }

    /**
     * Reads every row of every result, as the reference runner's sqlite3_exec steps through them: a
     * driver that streams rows may report an error (division by zero in row 5) only while they are read.
     */
    private static void drainResults(Statement statement, boolean isResultSet) throws SQLException {
        boolean hasResult = isResultSet;
        while (true) {
            if (hasResult) {
                try (java.sql.ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        // Values are not checked for statement records; reading the rows is the point.
                    }
                }
            } else if (statement.getUpdateCount() == -1) {
                return;
            }
            hasResult = statement.getMoreResults();
        }
    }
}
