package io.dosql.engine;

/** A forward-only cursor over result rows. Values follow {@link io.dosql.core.TypeKind}'s mapping. */
public interface RowCursor extends AutoCloseable {
    /** Advances to the next row; false when there is none. */
    boolean next();

    /** The value of column {@code index} (0-based) of the current row; null for SQL NULL. */
    Object get(int index);

    @Override
    void close();
}
