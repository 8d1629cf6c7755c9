package io.dosql.sqllogictest;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Loads a JDBC driver from jars given on the command line (a driver jar, or a class path of jars and folders
 * such as a driver plus its engine), choosing the driver that accepts the URL.
 */
public final class DriverLoader {

    private DriverLoader() {
    }

    /** The driver in {@code jar} (found through {@code META-INF/services/java.sql.Driver}) that accepts {@code url}. */
    public static Driver load(Path jar, String url) throws IOException, SQLException {
        return load(List.of(jar), url);
    }

    /** Like {@link #load(Path, String)} for a class path given as a {@code File.pathSeparator} list. */
    public static Driver load(String classPath, String url) throws IOException, SQLException {
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        return load(entries, url);
    }

    private static Driver load(List<Path> classPath, String url) throws IOException, SQLException {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = classPath.get(i);
            if (!Files.exists(entry)) {
                throw new IOException("driver jar not found: " + entry);
            }
            urls[i] = entry.toUri().toURL();
        }
        String jars = classPath.toString();
        // The loader stays open for the life of the process: the driver's classes are used until exit.
        URLClassLoader loader = new URLClassLoader(urls, DriverLoader.class.getClassLoader());
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("no driver in " + jars + " accepts " + url, "08001");
    }
}
