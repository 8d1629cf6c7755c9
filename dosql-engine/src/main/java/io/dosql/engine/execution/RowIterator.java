package io.dosql.engine.execution;

/** A pull-based stream of rows produced by one operator instance; {@code next} returns null at the end. */
public interface RowIterator {
    Object[] next();

    default void close() {
    }
}
