package io.dosql.sqllogictest;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running tally of one script, shared between the worker thread that runs it and the thread that watches the
 * clock. Once {@link #abort} freezes it, later reports from a worker that is still stuck are ignored.
 */
public final class FileProgress {

    /** At most this many failures per file are kept in full; all of them are counted. */
    public static final int DETAILED_FAILURES = 200;

    /** How many of a file's slowest records are kept. */
    public static final int SLOWEST_RECORDS = 5;

    private final int runnableRecords;
    private final int skippableRecords;
    private int passed;
    private int failed;
    private int skipped;
    private String abortReason = "";
    private int abortedRecords;
    private final Map<String, Integer> failureCounts = new HashMap<>();
    private final List<RecordFailure> failures = new ArrayList<>();
    private final List<SlowRecord> slowest = new ArrayList<>();
    private volatile Statement currentStatement;

    /**
     * @param runnableRecords the counted records the engine will run (before any halt)
     * @param skippableRecords the counted records its skipif/onlyif lines exclude
     */
    public FileProgress(int runnableRecords, int skippableRecords) {
        this.runnableRecords = runnableRecords;
        this.skippableRecords = skippableRecords;
    }

    /** True once the file has been aborted; the worker stops at the next record. */
    public synchronized boolean isAborted() {
        return !abortReason.isEmpty();
    }

    public synchronized void recordPassed() {
        if (!isAborted()) {
            passed++;
        }
    }

    public synchronized void recordSkipped() {
        if (!isAborted()) {
            skipped++;
        }
    }

    public synchronized void recordFailed(RecordFailure failure) {
        if (isAborted()) {
            return;
        }
        failed++;
        failureCounts.merge(failure.summaryKey(), 1, Integer::sum);
        if (failures.size() < DETAILED_FAILURES) {
            failures.add(failure);
        }
    }

    /** Notes how long a record took, keeping the {@link #SLOWEST_RECORDS} slowest. */
    public synchronized void recordTiming(int line, String sql, long nanos) {
        if (slowest.size() == SLOWEST_RECORDS && slowest.get(SLOWEST_RECORDS - 1).elapsed().toNanos() >= nanos) {
            return;
        }
        slowest.add(new SlowRecord(line, sql, Duration.ofNanos(nanos)));
        slowest.sort(Comparator.comparing(SlowRecord::elapsed).reversed());
        if (slowest.size() > SLOWEST_RECORDS) {
            slowest.remove(SLOWEST_RECORDS);
        }
    }

    /** Stops the file: every runnable record not yet run counts as failed with {@code reason}. */
    public synchronized void abort(String reason) {
        if (isAborted()) {
            return;
        }
        abortReason = reason;
        abortedRecords = Math.max(0, runnableRecords - passed - failed);
        failed += abortedRecords;
        skipped = skippableRecords;
        if (abortedRecords > 0) {
            failureCounts.merge(FailureSummary.normalize(reason), abortedRecords, Integer::sum);
        }
    }

    /** Remembers the statement now executing so a timeout can cancel it. */
    public void setCurrentStatement(Statement statement) {
        currentStatement = statement;
    }

    /** Cancels the statement now executing, if any; errors are ignored (the file is being abandoned). */
    public void cancelCurrentStatement() {
        Statement statement = currentStatement;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // Best effort: a driver that cannot cancel leaves the worker thread to be abandoned.
            }
        }
    }

    /** A snapshot of the tally as a result. */
    public synchronized FileResult toResult(String file, Duration elapsed) {
        return new FileResult(file, passed, failed, skipped, abortReason, abortedRecords, failureCounts, failures,
                slowest, elapsed);
    }
}
