package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over {@link DoSqlDriver}, for pools and libraries that take a DataSource
 * (HikariCP, the query builder): every {@link #getConnection()} opens a connection to {@link #getUrl()},
 * {@code jdbc:dosql:mem:} unless set. User and password are accepted and ignored, as by the driver.
 */
public final class DoSqlDataSource implements DataSource {
    private final DoSqlDriver driver = new DoSqlDriver();
    private volatile String url = DoSqlDriver.MEMORY_PREFIX;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeoutSeconds;

    public DoSqlDataSource() {
    }

    public DoSqlDataSource(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    /** A {@code jdbc:dosql:} URL; other URLs are rejected here rather than at the first connection. */
    public void setUrl(String url) {
        Objects.requireNonNull(url, "url is null");
        if (!driver.acceptsURL(url)) {
            throw new IllegalArgumentException("not a DoSQL JDBC URL: " + url);
        }
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver.connect(url, new Properties());
        if (connection == null) {
            throw SqlExceptions.of(ErrorCode.UNABLE_TO_ESTABLISH_CONNECTION, "No DoSQL database at " + url);
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlExceptions.unsupported("getParentLogger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "Cannot unwrap to " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
