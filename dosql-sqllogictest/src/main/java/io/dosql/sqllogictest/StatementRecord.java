package io.dosql.sqllogictest;

import java.util.List;
import java.util.Objects;

/**
 * A {@code statement ok} or {@code statement error} record: SQL that must succeed or must fail (any error).
 *
 * @param line the record's first line
 * @param conditions its skipif/onlyif guards
 * @param sql the statement text, lines joined with {@code \n}
 * @param expectError true for {@code statement error}
 */
public record StatementRecord(int line, List<Condition> conditions, String sql, boolean expectError)
        implements Record {

    public StatementRecord {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(sql, "sql is null");
    }
}
