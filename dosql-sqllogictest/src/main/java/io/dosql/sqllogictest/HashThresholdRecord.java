package io.dosql.sqllogictest;

import java.util.List;

/**
 * A {@code hash-threshold N} record: results with more than N values are compared by MD5 hash (0 = never hash).
 *
 * @param line the record's line
 * @param conditions its skipif/onlyif guards
 * @param threshold the new threshold
 */
public record HashThresholdRecord(int line, List<Condition> conditions, int threshold) implements Record {

    public HashThresholdRecord {
        conditions = List.copyOf(conditions);
    }
}
