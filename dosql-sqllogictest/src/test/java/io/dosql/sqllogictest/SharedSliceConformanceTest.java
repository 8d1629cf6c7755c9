package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The whole shared sqllogictest slice on {@code jdbc:dosql:mem:}, as issue 3 measures it: the pass rate
 * must stay at or above the recorded floor, no file may abort and none may take a minute. Skipped where
 * the slice is not present (its location can be set with {@code -Ddosql.corpus.dir}).
 */
class SharedSliceConformanceTest {
    /**
     * Measured 99.996% (163,232 of 163,238) on 2026-11-23; of the six failures, four are errors PostgreSQL
     * raises too (bytea = integer, varchar(16) overflow). Three more failing records fail the test.
     */
    private static final double MINIMUM_PASS_RATE = 99.995;

    private static final Path SLICE = Paths.get(System.getProperty("dosql.corpus.dir", "/work/shared/sqllogictest"));

    @Test
    void wholeSliceMeetsTheFloor() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SLICE), "shared sqllogictest slice not present at " + SLICE);
        SuiteRunner runner = new SuiteRunner(JdbcTargets.forUrl("jdbc:dosql:mem:", new Connector(null, new Properties())),
                "postgresql", Duration.ofSeconds(60));
        SuiteResult result = runner.runAll(SuiteRunner.collectFiles(List.of(SLICE)), file -> { });

        assertThat(result.records()).as("records run").isGreaterThan(150_000);
        assertThat(result.abortedFiles()).as("aborted files").isEmpty();
        assertThat(result.files()).allSatisfy(file ->
                assertThat(file.elapsed()).as("time of %s", file.file()).isLessThan(Duration.ofSeconds(60)));
        assertThat(result.passRate())
                .as("pass rate; top failures: %s", result.topFailures(10))
                .isGreaterThanOrEqualTo(MINIMUM_PASS_RATE);
    }
}
