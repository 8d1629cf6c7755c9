package io.dosql.sqllogictest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs scripts one after another, each on a fresh database from a {@link DatabaseTarget} and in its own worker
 * thread under a wall-clock limit. A file that exceeds the limit has its running statement cancelled and is
 * abandoned; its remaining records count as failed ("aborted").
 */
public final class SuiteRunner {

    /** After cancelling, how long to give the worker to notice before it is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    /** Deeply nested corpus expressions must not overflow a recursive-descent parser or evaluator. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private final DatabaseTarget target;
    private final String label;
    private final Duration timeout;

    /**
     * @param target where scripts run
     * @param label the engine name for skipif/onlyif
     * @param timeout the wall-clock limit per file
     */
    public SuiteRunner(DatabaseTarget target, String label, Duration timeout) {
        this.target = Objects.requireNonNull(target, "target is null");
        this.label = Objects.requireNonNull(label, "label is null");
        this.timeout = Objects.requireNonNull(timeout, "timeout is null");
    }

    /** The {@code .test} files under the given files or directories, recursively, in sorted order. */
    public static List<Path> collectFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    files.addAll(walk.filter(Files::isRegularFile)
                            .filter(path -> path.getFileName().toString().endsWith(".test"))
                            .sorted()
                            .collect(Collectors.toList()));
                }
            } else if (Files.isRegularFile(root)) {
                files.add(root);
            } else {
                throw new IOException("no such file or directory: " + root);
            }
        }
        return files;
    }

    /** Runs every file, reporting each result to {@code listener} as it finishes. */
    public SuiteResult runAll(List<Path> files, Consumer<FileResult> listener) throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            FileResult result = run(SltParser.parse(file));
            results.add(result);
            listener.accept(result);
        }
        return new SuiteResult(results);
    }

    /** Runs one parsed script on a fresh database. */
    public FileResult run(SltScript script) {
        FileRunner runner = new FileRunner(label);
        int[] counts = runner.countRecords(script);
        FileProgress progress = new FileProgress(counts[0], counts[1]);
        CountDownLatch finished = new CountDownLatch(1);
        long start = System.nanoTime();
        AtomicReference<Connection> connection = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try (TargetSession session = target.open(script.name())) {
                connection.set(session.connection());
                runner.run(script, session.connection(), progress);
            } catch (SQLException | RuntimeException failure) {
                progress.abort("aborted: database error outside a record: " + FileRunner.describe(failure));
            } catch (Error fatal) {
                // OutOfMemoryError and the like: the file cannot go on, but the suite can.
                progress.abort("aborted: " + FileRunner.describe(fatal));
            } finally {
                finished.countDown();
            }
        }, "slt-" + Path.of(script.name()).getFileName(), WORKER_STACK_BYTES);
        // A stuck file is abandoned, so its thread must not keep the JVM alive.
        worker.setDaemon(true);
        worker.start();
        try {
            if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.abort("aborted: file exceeded the time limit of " + timeout.toSeconds() + " s");
                progress.cancelCurrentStatement();
                if (!finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    // The statement ignored the cancel: try harder so an abandoned worker stops eating CPU.
                    worker.interrupt();
                    closeQuietly(connection.get());
                    finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            progress.abort("aborted: interrupted");
        }
        return progress.toResult(script.name(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // The file is abandoned either way.
        }
    }
}
