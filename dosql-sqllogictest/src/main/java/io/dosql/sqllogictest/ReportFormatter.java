package io.dosql.sqllogictest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Renders results as the text the CLI prints: one line per file, the summary, and the detailed failure report. */
public final class ReportFormatter {

    /** How many normalised failure messages the summary lists. */
    public static final int TOP_FAILURES = 20;

    private ReportFormatter() {
    }

    /** One line for a finished file. */
    public static String fileLine(FileResult result) {
        String line = String.format(Locale.ROOT, "%-4s %-50s records %6d  passed %6d  failed %6d  skipped %6d  %7.2f%%  %s",
                result.failed() == 0 ? "ok" : "FAIL", result.file(), result.records(), result.passed(),
                result.failed(), result.skipped(), result.passRate(), seconds(result.elapsed()));
        return result.aborted() ? line + "  " + result.abortReason() : line;
    }

    /** The closing summary: totals, pass rate, aborted and slowest files, most frequent failures. */
    public static String summary(SuiteResult suite, String url, String label) {
        StringBuilder out = new StringBuilder();
        out.append("== sqllogictest summary: ").append(url).append(" (label ").append(label).append(")\n");
        out.append(String.format(Locale.ROOT, "files %d, records %d, passed %d, failed %d, skipped %d%n",
                suite.files().size(), suite.records(), suite.passed(), suite.failed(), suite.skipped()));
        out.append(String.format(Locale.ROOT, "pass rate %.2f%%%n", suite.passRate()));
        out.append("files aborted ").append(suite.abortedFiles().size());
        for (FileResult aborted : suite.abortedFiles()) {
            out.append("\n  ").append(aborted.file()).append(": ").append(aborted.abortReason());
        }
        out.append('\n');
        suite.slowestFile().ifPresent(slowest -> {
            out.append("slowest file ").append(slowest.file()).append(' ').append(seconds(slowest.elapsed()))
                    .append('\n');
            for (SlowRecord record : slowest.slowestRecords()) {
                out.append("  ").append(millis(record.elapsed())).append("  line ").append(record.line())
                        .append(": ").append(oneLine(record.sql())).append('\n');
            }
        });
        out.append("total time ").append(seconds(suite.totalElapsed())).append('\n');
        out.append("top failures (records, normalised message):\n");
        for (Map.Entry<String, Integer> entry : suite.topFailures(TOP_FAILURES)) {
            out.append(String.format(Locale.ROOT, "%8d  %s%n", entry.getValue(), entry.getKey()));
        }
        out.append(String.format(Locale.ROOT, "%d passed, %d failed%n", suite.passed(), suite.failed()));
        return out.toString();
    }

    /** The detailed report: every kept failure of every file with its SQL, expectation and outcome. */
    public static String details(SuiteResult suite) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : suite.files()) {
            if (file.failed() == 0) {
                continue;
            }
            out.append("#### ").append(fileLine(file)).append('\n');
            for (RecordFailure failure : file.failures()) {
                out.append("--- ").append(file.file()).append(':').append(failure.line()).append("  ")
                        .append(failure.kind()).append('\n');
                out.append(failure.sql()).append('\n');
                if (!failure.error().isEmpty()) {
                    out.append("error:    ").append(failure.error()).append('\n');
                }
                out.append("expected: ").append(indent(failure.expected())).append('\n');
                if (!failure.actual().isEmpty()) {
                    out.append("actual:   ").append(indent(failure.actual())).append('\n');
                }
            }
            if (file.failures().size() < file.failed() - file.abortedRecords()) {
                out.append("... ").append(file.failed() - file.abortedRecords() - file.failures().size())
                        .append(" more failures not shown\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Every file's slowest records, slowest files first: where the time goes. */
    public static String timings(SuiteResult suite) {
        StringBuilder out = new StringBuilder("== slowest records per file\n");
        suite.files().stream()
                .sorted(java.util.Comparator.comparing(FileResult::elapsed).reversed())
                .forEach(file -> {
                    out.append(seconds(file.elapsed())).append("  ").append(file.file()).append('\n');
                    for (SlowRecord record : file.slowestRecords()) {
                        out.append("    ").append(millis(record.elapsed())).append("  line ").append(record.line())
                                .append(": ").append(oneLine(record.sql())).append('\n');
                    }
                });
        return out.toString();
    }

    private static String oneLine(String sql) {
        String flat = sql.replace('\n', ' ');
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private static String indent(String text) {
        return text.replace("\n", "\n          ");
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%9.1f ms", duration.toNanos() / 1e6);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2fs", duration.toMillis() / 1000.0);
    }
}
