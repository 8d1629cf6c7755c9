package io.dosql.engine;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.local.LocalFileBackend;
import io.dosql.engine.durable.DurableStorage;
import java.nio.file.Path;

/**
 * One DoSQL database: its catalog and its data. Thread-safe; many {@link Session}s may be open on it
 * at once. Until MVCC arrives (issue 5) writers are serialised, and no session ever observes a
 * half-applied statement of another.
 *
 * <p>A database is either in memory ({@link #inMemory()}) or durable ({@link #open(Path)}): a directory
 * holding the write-ahead log ({@code wal-*} segments), the page file {@code data} and a lock file that
 * keeps other processes out (55006). See {@code io.dosql.engine.durable}.
 */
public interface Database extends AutoCloseable {
    /** A new, empty in-memory database. */
    static Database inMemory() {
        return io.dosql.engine.session.EmbeddedDatabase.createInMemory();
    }

    /** Opens the durable database in {@code directory}, creating both when absent. */
    static Database open(Path directory) {
        return open(directory, DurableOptions.defaults());
    }

    /** Opens the durable database in {@code directory} with {@code options}; 55006 when another process has it. */
    static Database open(Path directory, DurableOptions options) {
        StorageBackend backend = LocalFileBackend.open(directory, DurableStorage.PAGE_SIZE);
        return open(backend, options);
    }

    /**
     * Opens the durable database kept in {@code backend} (recovering it); closing the database closes the
     * backend, also when opening fails.
     */
    static Database open(StorageBackend backend, DurableOptions options) {
        return io.dosql.engine.session.EmbeddedDatabase.openDurable(backend, options);
    }

    /** Opens a session (a connection's server-side state: transaction, settings, prepared plans). */
    Session openSession();

    /** Closes the database; open sessions fail with 08003 afterwards. */
    @Override
    void close();
}
