package io.dosql.jdbc;

import io.dosql.engine.Database;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The shared databases of this JVM — in-memory ones by name ({@code jdbc:dosql:mem:NAME}), durable ones by
 * canonical directory ({@code jdbc:dosql:file:PATH}): a database lives while at least one connection holds
 * a lease on it, and is closed (a durable one synced and its directory unlocked) and forgotten when the
 * last lease is released.
 */
final class DatabaseRegistry {
    /** A connection's claim on a database; {@link #release()} is idempotent. */
    interface Lease {
        Database database();

        void release();
    }

    private final Map<String, Entry> databases = new HashMap<>();
    private final Supplier<Database> factory;

    /** @param factory creates a new empty database (normally {@link Database#inMemory()}) */
    DatabaseRegistry(Supplier<Database> factory) {
        this.factory = Objects.requireNonNull(factory, "factory is null");
    }

    /** A fresh private database, closed when its only lease is released. */
    Lease privateDatabase() {
        Database database = factory.get();
        return new Lease() {
            private boolean released;

            @Override
            public Database database() {
                return database;
            }

            @Override
            public synchronized void release() {
                if (!released) {
                    released = true;
                    database.close();
                }
            }
        };
    }

    /** The database named {@code name}, created when no open connection holds it. */
    Lease acquire(String name) {
        return acquire(name, factory);
    }

    /**
     * The database named {@code name}, opened by {@code opener} when no open connection holds it (a
     * failure to open registers nothing).
     */
    synchronized Lease acquire(String name, Supplier<Database> opener) {
        Objects.requireNonNull(name, "name is null");
        Entry entry = databases.get(name);
        if (entry == null) {
            entry = new Entry(opener.get());
            databases.put(name, entry);
        }
        entry.references++;
        Entry leased = entry;
        return new Lease() {
            private boolean released;

            @Override
            public Database database() {
                return leased.database;
            }

            @Override
            public void release() {
                synchronized (DatabaseRegistry.this) {
                    if (released) {
                        return;
                    }
                    released = true;
                    leased.references--;
                    if (leased.references == 0) {
                        databases.remove(name, leased);
                        leased.database.close();
                    }
                }
            }
        };
    }

    /** Whether a database of that name is currently open (for tests and diagnostics). */
    synchronized boolean isOpen(String name) {
        return databases.containsKey(name);
    }

    private static final class Entry {
        final Database database;
        int references;

        Entry(Database database) {
            this.database = database;
        }
    }
}
