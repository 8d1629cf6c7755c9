package io.dosql.wal;

/**
 * When a commit waits for the log to reach stable storage (PostgreSQL's {@code synchronous_commit},
 * SQLite's {@code synchronous}).
 */
public enum SyncMode {
    /** A commit returns only after an fsync covering its COMMIT record; commits in flight share one. */
    FULL,
    /**
     * No fsync at commit; the operating system writes the log back when it likes. A process crash
     * loses nothing; a power loss or kernel crash may lose the most recent commits, but recovery still
     * yields a consistent prefix of the committed history (never a half transaction).
     */
    OFF
}
