package io.dosql.bench.concurrency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A durable DoSQL database in a fresh directory, reached through {@code jdbc:dosql:file:DIR} (plus URL
 * options, none by default: fsync on commit). One connection stays open from construction to close, so
 * the database is opened once per run rather than whenever the last worker connection closes.
 */
public final class DoSqlFileTarget implements CommitTarget {
    private final String engine;
    private final Path directory;
    private final boolean ownsDirectory;
    private final String url;
    private final Connection holder;

    private DoSqlFileTarget(String engine, Path directory, boolean ownsDirectory, String urlOptions)
            throws SQLException {
        this.engine = engine;
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.url = "jdbc:dosql:file:" + directory + (urlOptions.isEmpty() ? "" : "?" + urlOptions);
        this.holder = DriverManager.getConnection(url);
    }

    /** A database in {@code directory}, which the caller owns (and deletes). */
    public static DoSqlFileTarget in(String engine, Path directory, String urlOptions) throws SQLException {
        return new DoSqlFileTarget(engine, directory, false, urlOptions);
    }

    /** A database in a new temporary directory under {@code parent} (null: the system's), deleted on close. */
    public static DoSqlFileTarget inTemporaryDirectory(String engine, Path parent, String urlOptions)
            throws IOException, SQLException {
        Path directory = parent == null
                ? Files.createTempDirectory("dosql-concbench-")
                : Files.createTempDirectory(Files.createDirectories(parent), "dosql-concbench-");
        return new DoSqlFileTarget(engine, directory, true, urlOptions);
    }

    public String url() {
        return url;
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public String accountsTable() {
        return "accounts";
    }

    @Override
    public String historyTable() {
        return "history";
    }

    @Override
    public SyncCounter syncCounter() {
        return new JfrFileForceCounter(directory);
    }

    @Override
    public void close() throws Exception {
        holder.close();
        if (ownsDirectory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
