package io.dosql.bench;

import io.dosql.bench.concurrency.CommitReport;
import io.dosql.bench.concurrency.CommitResult;
import io.dosql.bench.concurrency.CommitRun;
import io.dosql.bench.concurrency.CommitTarget;
import io.dosql.bench.concurrency.DoSqlFileTarget;
import io.dosql.bench.concurrency.PostgresTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 5's benchmark: throughput of concurrent short write transactions on a durable database with fsync
 * on commit, at several connection counts, beside PostgreSQL on the same machine in the same run. Group
 * commit should let many connections commit several times more per second than one.
 *
 * <pre>
 * java -cp dosql-bench/target/benchmarks.jar io.dosql.bench.ConcurrentCommitBenchmark
 *     [--engines dosql-file,postgresql] [--connections 1,4,16,64] [--warmup-seconds 2]
 *     [--measure-seconds 5] [--rows 10000] [--csv FILE] [--dir PARENT]
 *     [--pg-url jdbc:postgresql://127.0.0.1:5432/test] [--pg-user postgres] [--pg-password '']
 * </pre>
 *
 * Engines: {@code dosql-file} ({@code jdbc:dosql:file:DIR}, fsync on commit, a fresh directory per run),
 * {@code dosql-file-async} (the same with {@code synchronous_commit=off}, for reference) and
 * {@code postgresql} (pgjdbc, uniquely named tables per run). For each connection count the engines run one
 * after the other. fsyncs are counted from outside the engines: DoSQL's through the JDK Flight Recorder's
 * {@code jdk.FileForce} events, PostgreSQL's from {@code pg_stat_wal.wal_sync}.
 */
public final class ConcurrentCommitBenchmark {
    private ConcurrentCommitBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> engines = List.of("dosql-file", "postgresql");
        List<Integer> connectionCounts = List.of(1, 4, 16, 64);
        double warmupSeconds = 2;
        double measureSeconds = 5;
        int rows = 10_000;
        Path csv = Path.of("concurrency-bench.csv");
        Path parent = null;
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
        String pgUser = "postgres";
        String pgPassword = "";
        for (int index = 0; index < arguments.length; index++) {
            String option = arguments[index];
            if (option.equals("-h") || option.equals("--help")) {
                System.out.println("options: --engines dosql-file,dosql-file-async,postgresql --connections 1,4,16,64"
                        + " --warmup-seconds S --measure-seconds S --rows N --csv FILE --dir PARENT"
                        + " --pg-url URL --pg-user USER --pg-password PASSWORD");
                return;
            }
            if (index + 1 >= arguments.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = arguments[++index];
            switch (option) {
                case "--engines" -> engines = Arrays.stream(value.split(",")).map(String::trim).toList();
                case "--connections" -> connectionCounts = Arrays.stream(value.split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(value);
                case "--measure-seconds" -> measureSeconds = Double.parseDouble(value);
                case "--rows" -> rows = Integer.parseInt(value);
                case "--csv" -> csv = Path.of(value);
                case "--dir" -> parent = Path.of(value);
                case "--pg-url" -> pgUrl = value;
                case "--pg-user" -> pgUser = value;
                case "--pg-password" -> pgPassword = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        CommitRun run = new CommitRun(rows, Duration.ofMillis((long) (warmupSeconds * 1000)),
                Duration.ofMillis((long) (measureSeconds * 1000)));
        System.out.printf(Locale.ROOT, "[concurrency-bench] %d cores, %s rows, warm-up %.1f s, measurement %.1f s%n",
                Runtime.getRuntime().availableProcessors(), rows, warmupSeconds, measureSeconds);
        List<CommitResult> results = new ArrayList<>();
        for (int connections : connectionCounts) {
            for (String engine : engines) {
                try (CommitTarget target = open(engine, parent, pgUrl, pgUser, pgPassword)) {
                    CommitResult result = run.run(target, connections);
                    results.add(result);
                    System.out.printf(Locale.ROOT,
                            "[concurrency-bench] %-16s %3d connections: %8.0f commits/s  (%d commits, %d retries,"
                                    + " WAL fsyncs/commit %.3f, consistent %s)%n",
                            engine, connections, result.commitsPerSecond(), result.totalCommits(), result.retries(),
                            result.logSyncsPerCommit(), result.consistent());
                }
            }
        }
        CommitReport report = new CommitReport(results);
        System.out.println();
        System.out.print(report.markdown());
        report.writeCsv(csv);
        System.out.println();
        System.out.println("[concurrency-bench] CSV: " + csv.toAbsolutePath());
        if (results.stream().anyMatch(result -> !result.consistent())) {
            System.err.println("[concurrency-bench] FAILED: a database does not agree with its acknowledged commits");
            System.exit(1);
        }
    }

    private static CommitTarget open(String engine, Path parent, String pgUrl, String pgUser, String pgPassword)
            throws Exception {
        return switch (engine) {
            case "dosql-file" -> DoSqlFileTarget.inTemporaryDirectory(engine, parent, "");
            case "dosql-file-async" -> DoSqlFileTarget.inTemporaryDirectory(engine, parent, "synchronous_commit=off");
            case CommitReport.BASELINE_ENGINE -> new PostgresTarget(pgUrl, pgUser, pgPassword);
            default -> throw new IllegalArgumentException("unknown engine " + engine
                    + " (dosql-file, dosql-file-async, postgresql)");
        };
    }
}
