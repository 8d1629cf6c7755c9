package io.dosql.sqllogictest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of running one script on one fresh database.
 *
 * @param file the script's name (path)
 * @param passed records that ran and matched
 * @param failed records that ran and did not match, plus records left unrun when the file aborted
 * @param skipped records excluded by skipif/onlyif for this engine
 * @param abortReason why the file stopped early ("" when it ran to the end)
 * @param abortedRecords how many of {@code failed} were never run because the file aborted
 * @param failureCounts every failure (aborted records included) counted by {@link RecordFailure#summaryKey()}
 * @param failures the first failures in detail (capped, see {@link FileProgress#DETAILED_FAILURES})
 * @param slowestRecords the file's slowest records, slowest first (see {@link FileProgress#SLOWEST_RECORDS})
 * @param elapsed wall-clock time of the file, database set-up included
 */
public record FileResult(
        String file,
        int passed,
        int failed,
        int skipped,
        String abortReason,
        int abortedRecords,
        Map<String, Integer> failureCounts,
        List<RecordFailure> failures,
        List<SlowRecord> slowestRecords,
        Duration elapsed) {

    public FileResult {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(abortReason, "abortReason is null");
        failureCounts = Map.copyOf(failureCounts);
        failures = List.copyOf(failures);
        slowestRecords = List.copyOf(slowestRecords);
        Objects.requireNonNull(elapsed, "elapsed is null");
    }

    /** Records that ran or should have run: passed plus failed. */
    public int records() {
        return passed + failed;
    }

    /** True when the file stopped before its end (timeout, lost connection, database not opened). */
    public boolean aborted() {
        return !abortReason.isEmpty();
    }

    /** Passed records as a percentage of {@link #records()} (100 for a file with none). */
    public double passRate() {
        return records() == 0 ? 100.0 : 100.0 * passed / records();
    }
}
