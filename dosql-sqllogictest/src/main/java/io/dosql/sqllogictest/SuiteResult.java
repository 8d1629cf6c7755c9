package io.dosql.sqllogictest;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a run over many files, with the totals the summary prints.
 *
 * @param files one result per file, in run order
 */
public record SuiteResult(List<FileResult> files) {

    public SuiteResult {
        files = List.copyOf(files);
    }

    public int records() {
        return files.stream().mapToInt(FileResult::records).sum();
    }

    public int passed() {
        return files.stream().mapToInt(FileResult::passed).sum();
    }

    public int failed() {
        return files.stream().mapToInt(FileResult::failed).sum();
    }

    public int skipped() {
        return files.stream().mapToInt(FileResult::skipped).sum();
    }

    /** Passed records as a percentage of all records run (100 when none ran). */
    public double passRate() {
        return records() == 0 ? 100.0 : 100.0 * passed() / records();
    }

    public List<FileResult> abortedFiles() {
        return files.stream().filter(FileResult::aborted).toList();
    }

    public Optional<FileResult> slowestFile() {
        return files.stream().max(Comparator.comparing(FileResult::elapsed));
    }

    public Duration totalElapsed() {
        return files.stream().map(FileResult::elapsed).reduce(Duration.ZERO, Duration::plus);
    }

    /** The most frequent normalised failure messages over all files. */
    public List<Map.Entry<String, Integer>> topFailures(int limit) {
        FailureSummary summary = new FailureSummary();
        files.forEach(summary::add);
        return summary.top(limit);
    }
}
