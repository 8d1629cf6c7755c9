package io.dosql.query.execution;

import java.util.Map;

/**
 * Maps one result row (column label → value, after plugins' {@code transformResult}) to a Java object.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Map<String, Object> row);

    /** Maps rows to a record by component name; see {@link RecordMapper}. */
    static <R> RowMapper<R> toRecord(Class<R> recordType) {
        return RecordMapper.of(recordType);
    }
}
