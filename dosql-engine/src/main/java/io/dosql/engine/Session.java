package io.dosql.engine;

import java.util.List;

/**
 * A connection's view of a {@link Database}: it runs statements, owns the current transaction and
 * session settings. Not thread-safe, except {@link #cancel()}, which any thread may call.
 * Every failure is an {@link io.dosql.core.DoSqlException} carrying a SQLSTATE.
 */
public interface Session extends AutoCloseable {
    /**
     * Runs every statement of {@code sql} in order (a script, statements separated by ';') and
     * returns one result per statement. Stops at the first error, which is thrown.
     */
    List<StatementResult> executeScript(String sql);

    /** Parses and plans one statement for repeated execution with {@code ?}/{@code $n} parameters. */
    PreparedStatementHandle prepare(String sql, GeneratedKeys generatedKeys);

    /** Shorthand: prepare then execute once. */
    default StatementResult execute(String sql, List<?> parameters) {
        return prepare(sql, GeneratedKeys.NONE).execute(parameters);
    }

    boolean isAutoCommit();

    /** Turning auto-commit on commits an open transaction, as JDBC requires. */
    void setAutoCommit(boolean autoCommit);

    /** True between BEGIN (or the first statement with auto-commit off) and COMMIT/ROLLBACK. */
    boolean inTransaction();

    void commit();

    void rollback();

    /** Asks the statement running in this session to stop with 57014; safe from any thread. */
    void cancel();

    /** The schema objects visible to this session, for JDBC DatabaseMetaData and the shell's \d. */
    CatalogSnapshot catalog();

    /** Rolls back any open transaction and releases the session. */
    @Override
    void close();
}
