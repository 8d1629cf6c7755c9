package io.dosql.query.integration;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over DriverManager for one named in-memory DoSQL database ({@code jdbc:dosql:mem:NAME},
 * a unique name per instance). A named database lives only while a connection holds it, so this keeps
 * one connection open until {@link #close()}; every {@link #getConnection()} is a new connection to it.
 */
final class DoSqlMemoryDataSource implements DataSource, AutoCloseable {
    private final String url;
    private final Connection keeper;

    DoSqlMemoryDataSource(String prefix) throws SQLException {
        this.url = "jdbc:dosql:mem:" + prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        this.keeper = DriverManager.getConnection(url);
    }

    String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** Releases the keeper connection, which drops the database once no other connection holds it. */
    @Override
    public void close() throws SQLException {
        keeper.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // in-process connections do not wait
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
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
