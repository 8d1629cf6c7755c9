package io.dosql.sqllogictest;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/** Opens JDBC connections for a URL, through an explicitly loaded driver or through {@link DriverManager}. */
public final class Connector {

    private final Driver driver;
    private final Properties properties;

    /**
     * @param driver the driver to use, or null to let {@link DriverManager} pick one
     * @param properties connection properties such as {@code user} and {@code password}
     */
    public Connector(Driver driver, Properties properties) {
        this.driver = driver;
        this.properties = Objects.requireNonNull(properties, "properties is null");
    }

    /** Opens a connection to {@code url}. */
    public Connection connect(String url) throws SQLException {
        if (driver == null) {
            return DriverManager.getConnection(url, properties);
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("driver " + driver.getClass().getName() + " does not accept " + url, "08001");
        }
        return connection;
    }
}
