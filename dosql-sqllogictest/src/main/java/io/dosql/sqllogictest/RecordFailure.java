package io.dosql.sqllogictest;

import java.util.Objects;

/**
 * One failed record: where it is, what ran, what was expected and what came back.
 *
 * @param line the record's first line in the script
 * @param sql the SQL that ran ("" for records that could not be parsed)
 * @param kind what went wrong, short and stable (e.g. {@code statement failed}, {@code wrong result hash})
 * @param expected the expectation as written in the script ("" when not applicable)
 * @param actual what the engine produced ("" when it raised an error)
 * @param error the engine's error message with its SQLSTATE, or "" when there was none
 */
public record RecordFailure(int line, String sql, String kind, String expected, String actual, String error) {

    public RecordFailure {
        Objects.requireNonNull(sql, "sql is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(expected, "expected is null");
        Objects.requireNonNull(actual, "actual is null");
        Objects.requireNonNull(error, "error is null");
    }

    /** The key under which this failure is counted in the summary: kind plus the normalised error message. */
    public String summaryKey() {
        return error.isEmpty() ? kind : kind + ": " + FailureSummary.normalize(error);
    }
}
