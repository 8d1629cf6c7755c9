package io.dosql.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A second view of {@link FetchByIdBenchmark} for a shared, noisy machine: the contestants run in one JVM
 * in short turns, round-robin, each turn timed both by the wall clock and by the thread's CPU time. Other
 * processes then disturb every contestant alike (they share the same minutes), and CPU time leaves out the
 * time this thread waited for a core. Not JMH: one JVM for all contestants, so the JIT sees them all.
 *
 * <p>{@code java -cp dosql-bench/target/benchmarks.jar io.dosql.bench.FetchByIdInterleaved h2 30 20000}
 * (database, rounds, operations per turn); prints the median ns/op per contestant and its ratio to
 * {@code plainJdbc}.
 */
public final class FetchByIdInterleaved {
    private static volatile int sink;

    private FetchByIdInterleaved() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int operations = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        FetchByIdBenchmark benchmark = new FetchByIdBenchmark();
        benchmark.database = database;
        benchmark.setUp();
        Map<String, Callable<Object>> contestants = new LinkedHashMap<>();
        contestants.put("plainJdbc", benchmark::plainJdbc);
        contestants.put("builderTyped", benchmark::builderTyped);
        contestants.put("builderStrings", benchmark::builderStrings);
        contestants.put("preparedTyped", benchmark::preparedTyped);
        contestants.put("builderCompileOnly", benchmark::builderCompileOnly);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        for (String name : contestants.keySet()) {
            cpu.put(name, new ArrayList<>());
            wall.put(name, new ArrayList<>());
        }
        int warmUpRounds = Math.max(3, rounds / 5);
        for (int round = 0; round < warmUpRounds + rounds; round++) {
            for (Map.Entry<String, Callable<Object>> contestant : contestants.entrySet()) {
                Callable<Object> body = contestant.getValue();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                int hash = 0;
                for (int i = 0; i < operations; i++) {
                    // the call site sees five lambdas, so nothing is inlined into it and every result escapes
                    hash += body.call() == null ? 0 : 1;
                }
                long wallNanos = System.nanoTime() - wallStart;
                long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
                sink += hash;
                if (round >= warmUpRounds) {
                    cpu.get(contestant.getKey()).add((double) cpuNanos / operations);
                    wall.get(contestant.getKey()).add((double) wallNanos / operations);
                }
            }
        }
        benchmark.tearDown();
        double plainCpu = median(cpu.get("plainJdbc"));
        double plainWall = median(wall.get("plainJdbc"));
        System.out.printf("database=%s rounds=%d operations/turn=%d%n", database, rounds, operations);
        System.out.printf("%-20s %10s %8s %10s %8s%n", "contestant", "cpu ns/op", "ratio", "wall ns/op", "ratio");
        for (String name : contestants.keySet()) {
            double c = median(cpu.get(name));
            double w = median(wall.get(name));
            System.out.printf("%-20s %10.0f %8.2f %10.0f %8.2f%n", name, c, c / plainCpu, w, w / plainWall);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
