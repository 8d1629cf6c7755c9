package io.dosql.cli;

import io.dosql.jdbc.CommandTagged;
import io.dosql.parser.SqlParser;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shell's engine-facing half: runs SQL statements and backslash commands on one JDBC connection
 * and prints what psql would (aligned tables, command tags, {@code ERROR:} lines). Input handling —
 * script or interactive — lives in {@link ScriptRunner} and {@link InteractiveShell}.
 */
final class Shell {
    private final Connection connection;
    private final PrintStream out;
    private final PrintStream err;
    private final MetaCommands metaCommands;
    private boolean timing;
    private boolean quitRequested;
    private int errorCount;

    Shell(Connection connection, PrintStream out, PrintStream err) {
        this.connection = connection;
        this.out = out;
        this.err = err;
        this.metaCommands = new MetaCommands(this, connection, out);
    }

    boolean quitRequested() {
        return quitRequested;
    }

    void requestQuit() {
        quitRequested = true;
    }

    int errorCount() {
        return errorCount;
    }

    boolean timing() {
        return timing;
    }

    void setTiming(boolean timing) {
        this.timing = timing;
    }

    /** Runs every statement of {@code text} (statements separated by ';'), continuing after errors. */
    void executeScript(String text) {
        List<String> statements;
        try {
            statements = SqlParser.splitStatements(text);
        } catch (RuntimeException unsplittable) {
            statements = List.of(text);
        }
        for (String sql : statements) {
            if (!sql.isBlank()) {
                executeStatement(sql);
            }
        }
    }

    /** Runs one backslash command line such as {@code \d users} (untimed, as in psql). */
    void executeMetaCommand(String line) {
        try {
            metaCommands.execute(line.trim());
        } catch (SQLException failure) {
            reportError(failure, null);
        }
    }

    /** Runs one SQL statement and prints its results. */
    void executeStatement(String sql) {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            boolean isResultSet = statement.execute(sql);
            while (true) {
                if (isResultSet) {
                    try (ResultSet resultSet = statement.getResultSet()) {
                        printResultSet(resultSet, null, true);
                    }
                    String tag = commandTag(statement);
                    if (tag != null && !tag.startsWith("SELECT")) {
                        out.println(tag);
                    }
                } else {
                    if (statement.getUpdateCount() == -1) {
                        break;
                    }
                    printCommandTag(statement);
                }
                isResultSet = statement.getMoreResults();
            }
        } catch (SQLException failure) {
            reportError(failure, sql);
        }
        if (timing) {
            printTiming(start);
        }
    }

    private void printCommandTag(Statement statement) throws SQLException {
        String tag = commandTag(statement);
        out.println(tag != null ? tag : "UPDATE " + statement.getUpdateCount());
    }

    /** PostgreSQL's command tag when the driver is DoSQL's; null for other drivers. */
    private static String commandTag(Statement statement) throws SQLException {
        if (statement.isWrapperFor(CommandTagged.class)) {
            return statement.unwrap(CommandTagged.class).commandTag();
        }
        return null;
    }

    /** Prints a result set as an aligned table with an optional title and the row-count footer. */
    void printResultSet(ResultSet resultSet, String title, boolean footer) throws SQLException {
        ResultSetMetaData metaData = resultSet.getMetaData();
        int columns = metaData.getColumnCount();
        List<String> headers = new ArrayList<>();
        boolean[] rightAligned = new boolean[columns];
        for (int column = 1; column <= columns; column++) {
            headers.add(metaData.getColumnLabel(column));
            rightAligned[column - 1] = isNumeric(metaData.getColumnType(column));
        }
        TablePrinter table = new TablePrinter(headers, rightAligned);
        while (resultSet.next()) {
            String[] cells = new String[columns];
            for (int column = 1; column <= columns; column++) {
                cells[column - 1] = resultSet.getString(column);
            }
            table.addRow(cells);
        }
        table.print(out, title);
        if (footer) {
            out.println(TablePrinter.rowCountFooter(table.rowCount()));
        }
        out.println();
    }

    private static boolean isNumeric(int jdbcType) {
        switch (jdbcType) {
            case Types.TINYINT:
            case Types.SMALLINT:
            case Types.INTEGER:
            case Types.BIGINT:
            case Types.REAL:
            case Types.FLOAT:
            case Types.DOUBLE:
            case Types.NUMERIC:
            case Types.DECIMAL:
                return true;
            default:
                return false;
        }
    }

    private void printTiming(long startNanos) {
        double milliseconds = (System.nanoTime() - startNanos) / 1_000_000.0;
        out.println(String.format(Locale.ROOT, "Time: %.3f ms", milliseconds));
    }

    /** Prints a failure psql-style and counts it (the exit status of scripts depends on it). */
    void reportError(SQLException failure, String sql) {
        errorCount++;
        ErrorReport.print(err, failure, sql);
    }

    /** Prints a shell-level error such as an unknown backslash command. */
    void reportShellError(String message) {
        errorCount++;
        err.println(message);
    }
}
