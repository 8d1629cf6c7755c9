package io.dosql.sqllogictest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

/** Where scripts run: hands out a fresh, empty database for every script. */
public interface DatabaseTarget {

    /** Opens a clean database for the script called {@code scriptName}. */
    TargetSession open(String scriptName) throws SQLException;

    /**
     * A target whose supplier already returns a connection to a new, empty database each time (for example
     * {@code jdbc:dosql:mem:} or {@code jdbc:sqlite::memory:}); closing the session closes the connection.
     */
    static DatabaseTarget fromSupplier(Supplier<Connection> connections) {
        Objects.requireNonNull(connections, "connections is null");
        return scriptName -> {
            Connection connection = connections.get();
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
        };
    }
}
