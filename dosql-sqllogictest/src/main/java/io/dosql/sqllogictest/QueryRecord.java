package io.dosql.sqllogictest;

import java.util.List;
import java.util.Objects;

/**
 * A {@code query <types> [sort] [label]} record: SQL whose formatted, sorted values must match the expectation.
 *
 * @param line the record's first line
 * @param conditions its skipif/onlyif guards
 * @param types one letter per result column: {@code T} text, {@code I} integer, {@code R} real
 * @param sortMode how values are ordered before comparison
 * @param label optional label; queries with the same label must produce the same hash ("" when absent)
 * @param sql the query text, lines joined with {@code \n}
 * @param expected the expected values or hash
 */
public record QueryRecord(
        int line,
        List<Condition> conditions,
        String types,
        SortMode sortMode,
        String label,
        String sql,
        ExpectedResult expected) implements Record {

    public QueryRecord {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(types, "types is null");
        Objects.requireNonNull(sortMode, "sortMode is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(sql, "sql is null");
        Objects.requireNonNull(expected, "expected is null");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("missing type string");
        }
    }

    /** The number of result columns the query must return. */
    public int columnCount() {
        return types.length();
    }
}
