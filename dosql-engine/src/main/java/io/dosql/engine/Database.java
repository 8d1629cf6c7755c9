package io.dosql.engine;

/**
 * One DoSQL database: its catalog and its data. Thread-safe; many {@link Session}s may be open on it
 * at once. Until MVCC arrives (issue 5) writers are serialised, and no session ever observes a
 * half-applied statement of another.
 */
public interface Database extends AutoCloseable {
    /** A new, empty in-memory database. */
    static Database inMemory() {
        return io.dosql.engine.session.EmbeddedDatabase.createInMemory();
    }

    /** Opens a session (a connection's server-side state: transaction, settings, prepared plans). */
    Session openSession();

    /** Closes the database; open sessions fail with 08003 afterwards. */
    @Override
    void close();
}
