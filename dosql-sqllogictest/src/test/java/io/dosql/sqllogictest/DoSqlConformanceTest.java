package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the corpus sample ({@code sqllogictest/}) and DoSQL's own behaviour files ({@code sql/}) on
 * {@code jdbc:dosql:mem:} through the JDBC driver, label {@code postgresql}.
 *
 * <p>Each file must reach the minimum pass rate recorded in {@code dosql-conformance-ratchet.properties} (a
 * ratchet: raise a file's number when DoSQL improves, so regressions fail). A file missing from the table must
 * pass completely. No file may abort.
 */
class DoSqlConformanceTest {

    private static final String URL = "jdbc:dosql:mem:";
    private static final String RATCHET = "/dosql-conformance-ratchet.properties";

    @TestFactory
    Stream<DynamicTest> everyFileMeetsItsRatchet() {
        assertDriverRegistered();
        Properties ratchet = loadRatchet();
        SuiteRunner runner = new SuiteRunner(JdbcTargets.forUrl(URL, new Connector(null, new Properties())),
                "postgresql", Duration.ofSeconds(60));
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("sqllogictest", "sql")) {
            for (Path file : TestResources.scripts(folder)) {
                String name = folder + "/" + TestResources.relativeName(folder, file);
                double minimum = Double.parseDouble(ratchet.getProperty(name, "100"));
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    FileResult result = runner.run(SltParser.parse(file));
                    assertThat(result.aborted()).as("%s aborted: %s", name, result.abortReason()).isFalse();
                    assertThat(result.passRate())
                            .as("%s pass rate (ratchet %.2f%%); first failures: %s", name, minimum,
                                    result.failures().stream().limit(5).toList())
                            .isGreaterThanOrEqualTo(minimum);
                }));
            }
        }
        return tests.stream();
    }

    /** dosql-jdbc is a dependency of this module, so its driver must be found through ServiceLoader. */
    private static void assertDriverRegistered() {
        try {
            assertThat(DriverManager.getDriver(URL).acceptsURL(URL)).isTrue();
        } catch (SQLException noDriver) {
            throw new AssertionError("no JDBC driver registered for " + URL, noDriver);
        }
    }

    private static Properties loadRatchet() {
        Properties ratchet = new Properties();
        try (InputStream in = DoSqlConformanceTest.class.getResourceAsStream(RATCHET)) {
            if (in != null) {
                ratchet.load(in);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return ratchet;
    }
}
