package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared sqllogictest slice on durable files: every script on a fresh
 * {@code jdbc:dosql:file:DIR?synchronous_commit=off}, with the floor of the in-memory run
 * ({@link SharedSliceConformanceTest}). Skipped where the slice is not present.
 */
class SharedSliceOnFileConformanceTest {
    private static final double MINIMUM_PASS_RATE = 99.995;

    private static final Path SLICE = Paths.get(System.getProperty("dosql.corpus.dir", "/work/shared/sqllogictest"));

    @TempDir
    Path databases;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void wholeSliceOnFilesMeetsTheFloor() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SLICE), "shared sqllogictest slice not present at " + SLICE);
        SuiteRunner runner = new SuiteRunner(new FileDatabaseTarget(databases, FileDatabaseTarget.DEFAULT_OPTIONS),
                "postgresql", Duration.ofSeconds(60));
        SuiteResult result = runner.runAll(SuiteRunner.collectFiles(List.of(SLICE)), file -> { });

        assertThat(result.records()).as("records run").isGreaterThan(150_000);
        assertThat(result.abortedFiles()).as("aborted files").isEmpty();
        assertThat(result.passRate())
                .as("pass rate; top failures: %s", result.topFailures(10))
                .isGreaterThanOrEqualTo(MINIMUM_PASS_RATE);
    }
}
