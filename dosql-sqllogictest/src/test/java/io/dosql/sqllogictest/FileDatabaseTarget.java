package io.dosql.sqllogictest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Scripts on durable DoSQL files: each script gets a fresh directory under {@code root} opened as
 * {@code jdbc:dosql:file:DIR?OPTIONS}; the directory is deleted when the script's session closes.
 */
final class FileDatabaseTarget implements DatabaseTarget {
    /** Durability does not matter for conformance, and an fsync per statement would dominate the run time. */
    static final String DEFAULT_OPTIONS = "synchronous_commit=off";

    private final Path root;
    private final String options;
    private final AtomicInteger sequence = new AtomicInteger();

    FileDatabaseTarget(Path root, String options) {
        this.root = root;
        this.options = options;
    }

    /** The URL of the database in {@code directory}. */
    String url(Path directory) {
        return "jdbc:dosql:file:" + directory + (options.isEmpty() ? "" : "?" + options);
    }

    @Override
    public TargetSession open(String scriptName) throws SQLException {
        Path directory = root.resolve("slt" + sequence.incrementAndGet());
        try {
            Files.createDirectories(directory);
        } catch (IOException failed) {
            throw new SQLException("cannot create " + directory, "58030", failed);
        }
        Connection connection = DriverManager.getConnection(url(directory));
        return new TargetSession() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public void close() throws SQLException {
                try {
                    connection.close();
                } finally {
                    deleteTree(directory);
                }
            }
        };
    }

    static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
