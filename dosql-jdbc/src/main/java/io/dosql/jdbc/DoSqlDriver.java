package io.dosql.jdbc;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * one of them is open (it is dropped when the last one closes); {@code jdbc:dosql:file:PATH} opens (creating
 * it when absent) the durable database in directory PATH, shared by the connections of this JVM to the same
 * canonical path and closed when the last one closes; another process holding the directory gives 55006.
 * File URLs take options after {@code ?}: {@code synchronous_commit=off} (this connection's initial
 * setting) and {@code buffer_pool_mb=N} (page cache size when the database is opened), joined by
 * {@code &}. Other options and all connection properties (user, password, …) are accepted and ignored.
 */
public final class DoSqlDriver implements Driver {
    static final String PREFIX = "jdbc:dosql:";
    static final String MEMORY_PREFIX = PREFIX + "mem:";
    static final String FILE_PREFIX = PREFIX + "file:";
    static final int MAJOR_VERSION = 0;
    static final int MINOR_VERSION = 1;
    static final String VERSION = "0.1.0";

    private static final DatabaseRegistry REGISTRY = new DatabaseRegistry(Database::inMemory);
    /** Durable databases by canonical directory (opened by each acquire's own opener). */
    private static final DatabaseRegistry FILE_REGISTRY = new DatabaseRegistry(() -> {
        throw new IllegalStateException("file databases are opened with their directory");
    });

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
        DatabaseRegistry.Lease lease;
        Map<String, String> options = Map.of();
        try {
            if (url.startsWith(FILE_PREFIX)) {
                options = urlOptions(url);
                lease = acquireFile(url, options);
            } else {
                String name = databaseName(url);
                lease = name.isEmpty() ? REGISTRY.privateDatabase() : REGISTRY.acquire(name);
            }
        } catch (DoSqlException error) {
            throw SqlExceptions.translate(error, null);
        }
        try {
            Session session = lease.database().openSession();
            String synchronousCommit = options.get("synchronous_commit");
            if (synchronousCommit != null) {
                session.executeScript("SET synchronous_commit = '" + synchronousCommit.replace("'", "''") + "'");
            }
            return new DoSqlConnection(session, lease, url);
        } catch (RuntimeException failure) {
            lease.release();
            throw SqlExceptions.translate(failure, null);
        }
    }

    /** The durable database of {@code jdbc:dosql:file:PATH}, shared by every connection to the same directory. */
    private static DatabaseRegistry.Lease acquireFile(String url, Map<String, String> options) throws SQLException {
        String pathText = filePath(url);
        if (pathText.isEmpty()) {
            throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE, "jdbc:dosql:file: needs a directory path");
        }
        Path directory;
        try {
            Path absolute = Path.of(pathText).toAbsolutePath().normalize();
            Files.createDirectories(absolute);
            directory = absolute.toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException failure) {
            throw SqlExceptions.translate(ErrorCode.IO_ERROR.exception(pathText, String.valueOf(failure.getMessage())), null);
        }
        DurableOptions durable = DurableOptions.defaults();
        String poolMegabytes = options.get("buffer_pool_mb");
        if (poolMegabytes != null) {
            try {
                durable = durable.withBufferPoolBytes(Math.multiplyExact(Long.parseLong(poolMegabytes.trim()), 1L << 20));
            } catch (NumberFormatException | ArithmeticException invalid) {
                throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"buffer_pool_mb\": \"" + poolMegabytes + "\"");
            }
            if (durable.bufferPoolBytes() <= 0) {
                throw SqlExceptions.of(ErrorCode.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"buffer_pool_mb\": \"" + poolMegabytes + "\"");
            }
        }
        DurableOptions chosen = durable;
        return FILE_REGISTRY.acquire(directory.toString(), () -> Database.open(directory, chosen));
    }

    /** The PATH of {@code jdbc:dosql:file:PATH}, without the options after {@code ?} or {@code ;}. */
    static String filePath(String url) {
        String rest = url.substring(FILE_PREFIX.length());
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

    /** The {@code name=value} options after {@code ?} or {@code ;}, separated by {@code &} or {@code ;}; names lower-cased. */
    static Map<String, String> urlOptions(String url) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        int start = -1;
        for (int index = 0; index < url.length(); index++) {
            if (url.charAt(index) == '?' || url.charAt(index) == ';') {
                start = index + 1;
                break;
            }
        }
        if (start < 0) {
            return options;
        }
        for (String part : url.substring(start).split("[&;]")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                options.put(part.substring(0, equals).trim().toLowerCase(java.util.Locale.ROOT),
                        part.substring(equals + 1));
            }
        }
        return options;
    }

    /** Whether the durable database in {@code directory} (a canonical path) is open in this JVM. */
    static boolean isFileDatabaseOpen(String directory) {
        return FILE_REGISTRY.isOpen(directory);
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
