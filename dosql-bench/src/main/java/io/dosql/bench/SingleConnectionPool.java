package io.dosql.bench;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that lends one open physical connection to every caller, like a warmed-up pool of size one.
 * All contestants of the end-to-end benchmark take their connection from it per statement, so the cost of
 * "getConnection/close" is the same tiny constant for the builder, jOOQ and the hand-written JDBC code.
 */
public final class SingleConnectionPool implements DataSource, AutoCloseable {
    private final Connection physical;
    private final BorrowedConnection borrowed;

    private SingleConnectionPool(Connection physical) {
        this.physical = Objects.requireNonNull(physical, "physical is null");
        this.borrowed = new BorrowedConnection(physical);
    }

    /** Opens the physical connection for {@code url} (autocommit on). */
    public static SingleConnectionPool open(String url) throws SQLException {
        return new SingleConnectionPool(DriverManager.getConnection(url));
    }

    @Override
    public Connection getConnection() {
        return borrowed;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return borrowed;
    }

    /** Closes the physical connection (an in-memory database ends with it). */
    @Override
    public void close() throws SQLException {
        physical.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connections are already open
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
