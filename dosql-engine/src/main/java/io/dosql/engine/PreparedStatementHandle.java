package io.dosql.engine;

import io.dosql.core.SqlType;
import java.util.List;

/** A parsed (and, where the catalog allows, planned) statement, executable many times. */
public interface PreparedStatementHandle extends AutoCloseable {
    /** Number of parameters ({@code ?} count, or the highest {@code $n}). */
    int parameterCount();

    /** Inferred parameter types; {@link SqlType#UNKNOWN} where the statement does not determine one. */
    List<SqlType> parameterTypes();

    /**
     * Columns the statement returns (SELECT, VALUES, or RETURNING / generated keys); empty for
     * statements that return only a count. May be computed lazily.
     */
    List<ResultColumn> resultColumns();

    /**
     * Executes with {@code parameters} (Java values as in {@link io.dosql.core.TypeKind}, or Strings
     * and other Java types the engine coerces to the parameter's type). A statement is atomic: when
     * it fails nothing of it remains.
     */
    StatementResult execute(List<?> parameters);

    /**
     * Executes once per parameter set, in order, telling {@code progress} of each that completes; the
     * first failure stops the batch (and is thrown). The default executes each set alone.
     */
    default void executeBatch(List<Object[]> parameterSets, BatchProgress progress) {
        for (int index = 0; index < parameterSets.size(); index++) {
            try (StatementResult result = execute(java.util.Arrays.asList(parameterSets.get(index)))) {
                progress.completed(index, Math.max(0, result.updateCount()));
            }
        }
    }

    /** Hears of each parameter set of a batch that completed. */
    @FunctionalInterface
    interface BatchProgress {
        void completed(int index, long updateCount);
    }

    @Override
    void close();
}
