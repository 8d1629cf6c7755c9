package io.dosql.engine.storage;

/**
 * The rows of one table, addressed by a row id the store assigns; the executor's only way to read and
 * write table data (the durable B+tree implements the same interface later).
 */
public interface TableStore {
    /** Stores {@code row} (the store keeps the array; callers must not mutate it) and returns its row id. */
    long insert(Object[] row);

    /** The row with {@code rowId}, or null when deleted. */
    Object[] get(long rowId);

    void update(long rowId, Object[] row);

    void delete(long rowId);

    /** Puts back a deleted row under its old id (undo of a delete). */
    void restore(long rowId, Object[] row);

    /** The highest row id ever assigned plus one; ids below it may be scanned with {@link #get}. */
    long rowIdLimit();

    long rowCount();

    /** Removes every row (TRUNCATE). */
    void clear();
}
