package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the corpus sample (copied from ../shared/sqllogictest) on SQLite, the engine that produced it: every record
 * must pass, which checks the runner's formatting, sorting and hashing against the reference.
 */
class CorpusSampleOnSqliteTest {

    @TestFactory
    Stream<DynamicTest> everyRecordPassesOnSqlite() {
        SuiteRunner runner = new SuiteRunner(Sqlite.target(), "sqlite", Duration.ofSeconds(60));
        return TestResources.scripts("sqllogictest").stream().map(file -> DynamicTest.dynamicTest(
                TestResources.relativeName("sqllogictest", file), () -> {
                    FileResult result = runner.run(parse(file));
                    assertThat(result.failures()).isEmpty();
                    assertThat(result.aborted()).isFalse();
                    assertThat(result.passed()).isGreaterThan(50);
                }));
    }

    private static SltScript parse(Path file) {
        try {
            return SltParser.parse(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
