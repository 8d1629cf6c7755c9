package io.dosql.sqllogictest;

import java.time.Duration;
import java.util.Objects;

/**
 * One of the slowest records of a file, kept so the engine team can see where a slow file spends its time.
 *
 * @param line the record's first line in the script
 * @param sql the SQL that ran
 * @param elapsed how long it took, result reading and checking included
 */
public record SlowRecord(int line, String sql, Duration elapsed) {

    public SlowRecord {
        Objects.requireNonNull(sql, "sql is null");
        Objects.requireNonNull(elapsed, "elapsed is null");
    }
}
