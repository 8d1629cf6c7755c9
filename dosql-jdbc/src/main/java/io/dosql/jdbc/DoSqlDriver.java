package io.dosql.jdbc;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.Database;
import io.dosql.engine.Session;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The DoSQL JDBC driver, registered through {@code META-INF/services/java.sql.Driver}.
 *
 * <p>URLs: {@code jdbc:dosql:mem:} opens a fresh private in-memory database per connection;
 * {@code jdbc:dosql:mem:NAME} shares the database NAME among the connections of this JVM while at least
 * one of them is open (it is dropped when the last one closes); {@code jdbc:dosql:file:PATH} is reserved
 * for durable databases (not yet available: 0A000). Anything after {@code ;} or {@code ?} in the URL and
 * all connection properties (user, password, …) are accepted and ignored.
 */
public final class DoSqlDriver implements Driver {
    static final String PREFIX = "jdbc:dosql:";
    static final String MEMORY_PREFIX = PREFIX + "mem:";
    static final String FILE_PREFIX = PREFIX + "file:";
    static final int MAJOR_VERSION = 0;
    static final int MINOR_VERSION = 1;
    static final String VERSION = "0.1.0";

    private static final DatabaseRegistry REGISTRY = new DatabaseRegistry(Database::inMemory);

    static {
        try {
            DriverManager.registerDriver(new DoSqlDriver());
        } catch (SQLException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        if (url.startsWith(FILE_PREFIX)) {
            throw SqlExceptions.of(ErrorCode.FEATURE_NOT_SUPPORTED,
                    "file databases arrive with the storage issue (" + url + ")");
        }
        String name = databaseName(url);
        DatabaseRegistry.Lease lease;
        try {
            lease = name.isEmpty() ? REGISTRY.privateDatabase() : REGISTRY.acquire(name);
        } catch (DoSqlException error) {
            throw SqlExceptions.translate(error, null);
        }
        try {
            Session session = lease.database().openSession();
            return new DoSqlConnection(session, lease, url);
        } catch (RuntimeException failure) {
            lease.release();
            throw SqlExceptions.translate(failure, null);
        }
    }

    /** The NAME of {@code jdbc:dosql:mem:NAME}, without URL options; empty for a private database. */
    static String databaseName(String url) {
        String rest = url.substring(MEMORY_PREFIX.length());
        int end = rest.length();
        for (int index = 0; index < rest.length(); index++) {
            char character = rest.charAt(index);
            if (character == ';' || character == '?') {
                end = index;
                break;
            }
        }
        return rest.substring(0, end);
    }

    /** Whether the named shared database is open in this JVM (some connection holds it). */
    static boolean isSharedDatabaseOpen(String name) {
        return REGISTRY.isOpen(name);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && (url.startsWith(MEMORY_PREFIX) || url.startsWith(FILE_PREFIX));
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo user = new DriverPropertyInfo("user", info == null ? null : info.getProperty("user"));
        user.description = "accepted and ignored (embedded databases have no users yet)";
        DriverPropertyInfo password = new DriverPropertyInfo("password", null);
        password.description = "accepted and ignored";
        return new DriverPropertyInfo[] {user, password};
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    /** Not yet: the engine passes most but not all of the JDBC compliance requirements. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw SqlExceptions.unsupported("getParentLogger");
    }
}
