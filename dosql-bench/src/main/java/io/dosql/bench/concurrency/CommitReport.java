package io.dosql.bench.concurrency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results as a Markdown table and a CSV file: commits per second, the scaling against the same engine
 * with one connection, the ratio to PostgreSQL at the same connection count, and syncs per commit.
 */
public final class CommitReport {
    public static final String BASELINE_ENGINE = "postgresql";

    private final List<CommitResult> results;

    public CommitReport(List<CommitResult> results) {
        this.results = List.copyOf(results);
    }

    /** This engine's commits/s over its own commits/s with one connection; NaN without a one-connection run. */
    public double scaling(CommitResult result) {
        return find(result.engine(), 1).map(one -> result.commitsPerSecond() / one.commitsPerSecond())
                .orElse(Double.NaN);
    }

    /** This result's commits/s over PostgreSQL's at the same connection count; NaN without one. */
    public double ratioToBaseline(CommitResult result) {
        return find(BASELINE_ENGINE, result.connections())
                .map(baseline -> result.commitsPerSecond() / baseline.commitsPerSecond())
                .orElse(Double.NaN);
    }

    private java.util.Optional<CommitResult> find(String engine, int connections) {
        return results.stream().filter(r -> r.engine().equals(engine) && r.connections() == connections).findFirst();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| engine | connections | commits/s | × vs 1 connection | ÷ PostgreSQL | WAL fsyncs/commit"
                + " | all fsyncs/commit | retries | consistent |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (CommitResult result : sorted()) {
            out.append("| ").append(result.engine())
                    .append(" | ").append(result.connections())
                    .append(" | ").append(format(result.commitsPerSecond(), 0))
                    .append(" | ").append(format(scaling(result), 2))
                    .append(" | ").append(result.engine().equals(BASELINE_ENGINE) ? "—" : format(ratioToBaseline(result), 2))
                    .append(" | ").append(format(result.logSyncsPerCommit(), 3))
                    .append(" | ").append(format(result.allSyncsPerCommit(), 3))
                    .append(" | ").append(result.retries())
                    .append(" | ").append(result.consistent() ? "yes" : "NO " + result.totals())
                    .append(" |\n");
        }
        return out.toString();
    }

    public void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("engine,connections,measured_seconds,measured_commits,commits_per_second,scaling_vs_1,"
                + "ratio_to_postgresql,total_commits,retries,wal_fsyncs,all_fsyncs,wal_fsyncs_per_commit,"
                + "all_fsyncs_per_commit,consistent");
        for (CommitResult result : sorted()) {
            lines.add(String.join(",",
                    result.engine(),
                    Integer.toString(result.connections()),
                    format(result.measuredSeconds(), 3),
                    Long.toString(result.measuredCommits()),
                    format(result.commitsPerSecond(), 1),
                    format(scaling(result), 3),
                    result.engine().equals(BASELINE_ENGINE) ? "" : format(ratioToBaseline(result), 3),
                    Long.toString(result.totalCommits()),
                    Long.toString(result.retries()),
                    Long.toString(result.syncs().logSyncs()),
                    Long.toString(result.syncs().allSyncs()),
                    format(result.logSyncsPerCommit(), 4),
                    format(result.allSyncsPerCommit(), 4),
                    Boolean.toString(result.consistent())));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines);
    }

    private List<CommitResult> sorted() {
        List<CommitResult> sorted = new ArrayList<>(results);
        // Engines in the order first run, connection counts ascending.
        List<String> engines = results.stream().map(CommitResult::engine).distinct().toList();
        sorted.sort((a, b) -> a.engine().equals(b.engine())
                ? Integer.compare(a.connections(), b.connections())
                : Integer.compare(engines.indexOf(a.engine()), engines.indexOf(b.engine())));
        return sorted;
    }

    private static String format(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
