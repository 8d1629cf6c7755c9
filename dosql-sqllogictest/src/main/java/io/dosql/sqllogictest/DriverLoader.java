package io.dosql.sqllogictest;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ServiceLoader;

/** Loads a JDBC driver from a jar given on the command line, choosing the one that accepts the URL. */
public final class DriverLoader {

    private DriverLoader() {
    }

    /** The driver in {@code jar} (found through {@code META-INF/services/java.sql.Driver}) that accepts {@code url}. */
    public static Driver load(Path jar, String url) throws IOException, SQLException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("driver jar not found: " + jar);
        }
        // The loader stays open for the life of the process: the driver's classes are used until exit.
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                DriverLoader.class.getClassLoader());
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("no driver in " + jar + " accepts " + url, "08001");
    }
}
