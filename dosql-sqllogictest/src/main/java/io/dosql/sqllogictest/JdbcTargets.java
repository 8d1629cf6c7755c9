package io.dosql.sqllogictest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the {@link DatabaseTarget} for a JDBC URL so each script starts on a clean database.
 *
 * <ul>
 *   <li>PostgreSQL: one server database, a new schema {@code slt_<pid>_<n>} per script on the search path,
 *       dropped afterwards.</li>
 *   <li>Named in-memory databases ({@code jdbc:dosql:mem:NAME}, {@code jdbc:h2:mem:NAME}): the name gets a unique
 *       suffix per script. Unnamed ones ({@code jdbc:dosql:mem:}, {@code jdbc:h2:mem:},
 *       {@code jdbc:sqlite::memory:}) are private to their connection already.</li>
 *   <li>Anything else: a new connection per script, as is.</li>
 * </ul>
 */
public final class JdbcTargets {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private JdbcTargets() {
    }

    /** The target for {@code url}, opening connections with {@code connector}. */
    public static DatabaseTarget forUrl(String url, Connector connector) {
        Objects.requireNonNull(url, "url is null");
        Objects.requireNonNull(connector, "connector is null");
        if (url.startsWith("jdbc:postgresql:")) {
            return scriptName -> openPostgresSchema(url, connector);
        }
        if (url.startsWith("jdbc:dosql:mem:") || url.startsWith("jdbc:h2:mem:")) {
            return scriptName -> plain(connector.connect(uniqueInMemoryUrl(url)));
        }
        return scriptName -> plain(connector.connect(url));
    }

    /** {@code jdbc:h2:mem:NAME;OPTIONS} becomes {@code jdbc:h2:mem:NAME_sltN;OPTIONS}; unnamed URLs stay. */
    static String uniqueInMemoryUrl(String url) {
        int nameStart = url.indexOf("mem:") + "mem:".length();
        int optionsStart = url.indexOf(';', nameStart);
        int nameEnd = optionsStart < 0 ? url.length() : optionsStart;
        if (nameEnd == nameStart) {
            return url;
        }
        return url.substring(0, nameEnd) + "_slt" + SEQUENCE.incrementAndGet() + url.substring(nameEnd);
    }

    private static TargetSession plain(Connection connection) {
        return new TargetSession() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    private static TargetSession openPostgresSchema(String url, Connector connector) throws SQLException {
        String schema = "slt_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        Connection connection = connector.connect(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
            // Durability is irrelevant here and per-statement fsync would dominate the run time.
            statement.execute("SET synchronous_commit TO off");
        } catch (SQLException failed) {
            connection.close();
            throw failed;
        }
        return new TargetSession() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() throws SQLException {
                dropSchema(url, connector, connection, schema);
            }
        };
    }

    /** Drops the script's schema, on a new connection if the script's own one is gone or mid-transaction. */
    private static void dropSchema(String url, Connector connector, Connection connection, String schema)
            throws SQLException {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    return;
                }
            }
        } catch (SQLException retryOnNewConnection) {
            // fall through to a fresh connection
        } finally {
            connection.close();
        }
        try (Connection cleanup = connector.connect(url); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
