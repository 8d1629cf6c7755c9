package io.dosql.wal;

import io.dosql.fsx.local.LocalFileBackend;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A command-line measurement (not a test): commits per second and fsyncs per commit of the log on
 * local files, for 1, 4 and 16 committing threads, sync FULL and OFF.
 * Usage: {@code java -cp ... io.dosql.wal.WalCommitBenchmark DIRECTORY [SECONDS]}.
 */
public final class WalCommitBenchmark {
    private WalCommitBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(arguments[0]);
        double seconds = arguments.length > 1 ? Double.parseDouble(arguments[1]) : 2;
        out.printf("%-5s %7s %12s %12s %14s%n", "sync", "threads", "commits", "commits/s", "fsyncs/commit");
        for (SyncMode mode : SyncMode.values()) {
            for (int threads : new int[] {1, 4, 16}) {
                Path directory = root.resolve(mode + "-" + threads);
                deleteRecursively(directory);
                try (LocalFileBackend backend = LocalFileBackend.open(directory, 4096);
                     WalWriter writer = WalWriter.open(backend, WalOptions.defaults().withSyncMode(mode))) {
                    long elapsed = run(writer, threads, seconds);
                    WalCounters counters = writer.counters();
                    out.printf("%-5s %7d %12d %12.0f %14.3f%n", mode, threads, counters.commits(),
                            counters.commits() * 1e9 / elapsed, (double) counters.syncs() / counters.commits());
                }
                deleteRecursively(directory);
            }
        }
    }

    private static long run(WalWriter writer, int threads, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong nextTransaction = new AtomicLong();
        byte[] payload = new byte[100];
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long id = nextTransaction.incrementAndGet();
                    writer.data(id, payload);
                    writer.commit(id);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return System.nanoTime() - start;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
