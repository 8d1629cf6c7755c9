package io.dosql.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks with JMH's command-line options and prints the ratios issue 6 sets targets for:
 * (a) DoSQL build+compile / jOOQ render, (b) builder fetch-by-id / hand-written JDBC. Ratios use the
 * median of the measurement iterations as well as JMH's mean, because on a shared machine one iteration
 * disturbed by another process moves the mean a lot and the median little.
 */
public final class BenchmarkReport {
    private static final PrintStream OUT = System.out;

    private BenchmarkReport() {
    }

    public static void main(String[] arguments) throws CommandLineOptionException, RunnerException {
        Collection<RunResult> results = new Runner(new CommandLineOptions(arguments)).run();
        Map<String, Score> scores = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceFirst("^.*\\.bench\\.", "");
            String database = result.getParams().getParam("database");
            List<Double> iterations = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    iterations.add(iteration.getPrimaryResult().getScore());
                }
            }
            scores.put(database == null ? name : name + "@" + database, new Score(
                result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(), median(iterations)));
        }
        OUT.println();
        OUT.println("Scores in ns/op: median of iterations, and mean +- 99.9% error");
        scores.forEach((key, score) -> OUT.printf(Locale.ROOT, "  %-44s %10.1f   (mean %10.1f +- %.1f)%n",
            key, score.median(), score.mean(), score.error()));
        OUT.println();
        OUT.println("(a) build + compile a 3-join query: DoSQL time / jOOQ time (target <= 0.333, i.e. >= 3x faster)");
        ratio(scores, "ThreeJoinQueryBenchmark.dosqlTyped", "ThreeJoinQueryBenchmark.jooq", 1.0 / 3);
        ratio(scores, "ThreeJoinQueryBenchmark.dosqlStrings", "ThreeJoinQueryBenchmark.jooq", 1.0 / 3);
        OUT.println("(b) fetch one row by primary key into a record: time / hand-written JDBC time (target <= 1.3)");
        for (String database : List.of("h2", "dosql")) {
            String plain = "FetchByIdBenchmark.plainJdbc@" + database;
            ratio(scores, "FetchByIdBenchmark.builderTyped@" + database, plain, 1.3);
            ratio(scores, "FetchByIdBenchmark.builderStrings@" + database, plain, 1.3);
            ratio(scores, "FetchByIdBenchmark.preparedTyped@" + database, plain, 1.3);
            ratio(scores, "FetchByIdBenchmark.preparedStrings@" + database, plain, 1.3);
            ratio(scores, "FetchByIdBenchmark.jooq@" + database, plain, Double.NaN);
            ratio(scores, "FetchByIdBenchmark.builderCompileOnly@" + database, plain, Double.NaN);
            ratio(scores, "FetchByIdBenchmark.builderExecuteOnly@" + database, plain, Double.NaN);
        }
    }

    private static void ratio(Map<String, Score> scores, String numerator, String denominator, double target) {
        Score top = scores.get(numerator);
        Score bottom = scores.get(denominator);
        if (top == null || bottom == null) {
            return;
        }
        double median = top.median() / bottom.median();
        double mean = top.mean() / bottom.mean();
        String verdict = Double.isNaN(target) ? "for reference" : median <= target ? "meets target" : "MISSES target";
        OUT.printf(Locale.ROOT, "  %-62s median %6.3f  mean %6.3f  %s%n",
            numerator.replaceFirst("Benchmark", "") + " / " + denominator.replaceFirst("^.*\\.", ""), median, mean,
            verdict);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** One benchmark's figures in ns/op. */
    private record Score(double mean, double error, double median) {
    }
}
