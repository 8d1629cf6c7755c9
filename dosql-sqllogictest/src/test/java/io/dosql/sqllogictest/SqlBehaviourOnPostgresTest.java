package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps DoSQL's own SQL behaviour files ({@code src/test/resources/sql/<area>/*.test}) honest: their expected
 * results are PostgreSQL's, so every record must pass on the real server. Each file must open with its
 * {@code # name:} / {@code # description:} header.
 */
class SqlBehaviourOnPostgresTest {

    @TestFactory
    Stream<DynamicTest> everyBehaviourFilePassesOnPostgres() {
        LocalPostgres.assumeAvailable();
        DatabaseTarget postgres = JdbcTargets.forUrl(LocalPostgres.URL, LocalPostgres.connector());
        SuiteRunner runner = new SuiteRunner(postgres, "postgresql", Duration.ofSeconds(60));
        return TestResources.scripts("sql").stream().map(file -> DynamicTest.dynamicTest(
                TestResources.relativeName("sql", file), () -> {
                    String text = Files.readString(file);
                    assertThat(text).startsWith("# name: sql/" + TestResources.relativeName("sql", file) + "\n")
                            .contains("\n# description: ");
                    FileResult result = runner.run(SltParser.parse(file.toString(), text));
                    assertThat(result.failures()).isEmpty();
                    assertThat(result.aborted()).isFalse();
                    assertThat(result.passed()).isPositive();
                }));
    }
}
