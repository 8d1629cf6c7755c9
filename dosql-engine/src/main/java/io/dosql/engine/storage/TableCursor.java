package io.dosql.engine.storage;

/**
 * A forward scan over the live rows of a table in row-id order. It stays valid when rows are
 * inserted, updated or deleted between {@link #next()} calls (an UPDATE or DELETE scan writes the table
 * it reads): it then continues after the row id it returned last, and it never returns a row id twice.
 */
public interface TableCursor {
    /** Advances to the next live row; false when the scan is over. */
    boolean next();

    /** The row id of the current row (after {@link #next()} returned true). */
    long rowId();

    /** The current row's values, as stored when {@link #next()} reached it. */
    Object[] row();

    /**
     * The current row with at least the columns {@code wanted} marks (others may be null), for a filter
     * to test before {@link #row()} is asked for; a store that decodes rows may decode less.
     */
    default Object[] partialRow(boolean[] wanted) {
        return row();
    }
}
