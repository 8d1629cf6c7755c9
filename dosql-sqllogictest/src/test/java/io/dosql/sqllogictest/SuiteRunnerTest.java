package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRunnerTest {

    /** Never finishes on SQLite: an unbounded recursive CTE. */
    private static final String ENDLESS_QUERY =
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";

    @Test
    void aFileOverItsTimeLimitIsAbortedAndItsRemainingRecordsFail() {
        SltScript script = SltParser.parse("endless.test", String.join("\n",
                "statement ok", "CREATE TABLE t1(a INTEGER)", "",
                "query I nosort", ENDLESS_QUERY, "----", "0", "",
                "statement ok", "INSERT INTO t1 VALUES(1)", "",
                "skipif sqlite", "statement ok", "SELECT 1", ""));

        FileResult result = new SuiteRunner(Sqlite.target(), "sqlite", Duration.ofSeconds(3)).run(script);

        assertThat(result.aborted()).isTrue();
        assertThat(result.abortReason()).contains("time limit of 3 s");
        assertThat(result.passed()).isEqualTo(1);
        assertThat(result.abortedRecords()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.failureCounts()).containsEntry("aborted: file exceeded the time limit of N s", 2);
    }

    @Test
    void aLostConnectionAbortsTheFile() {
        AtomicInteger statementsLeft = new AtomicInteger(2);
        DatabaseTarget dying = DatabaseTarget.fromSupplier(() -> dropsAfterStatements(Sqlite.connect(), statementsLeft));
        SltScript script = SltParser.parse("dying.test", String.join("\n",
                "statement ok", "CREATE TABLE t1(a INTEGER)", "",
                "statement ok", "INSERT INTO t1 VALUES(1)", "",
                "query I nosort", "SELECT a FROM t1", "----", "1", "",
                "statement ok", "INSERT INTO t1 VALUES(2)", ""));

        FileResult result = new SuiteRunner(dying, "sqlite", Duration.ofSeconds(60)).run(script);

        assertThat(result.aborted()).isTrue();
        assertThat(result.abortReason()).startsWith("aborted: connection lost: [08006]");
        assertThat(result.passed()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.abortedRecords()).isEqualTo(2);
    }

    @Test
    void aDatabaseThatCannotOpenAbortsTheFile() {
        DatabaseTarget broken = scriptName -> {
            throw new SQLException("connection refused", "08001");
        };
        SltScript script = SltParser.parse("any.test", "statement ok\nSELECT 1\n");

        FileResult result = new SuiteRunner(broken, "sqlite", Duration.ofSeconds(60)).run(script);

        assertThat(result.aborted()).isTrue();
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.abortReason()).contains("[08001] connection refused");
    }

    @Test
    void collectsTestFilesRecursivelyInSortedOrder(@TempDir Path directory) throws IOException {
        Files.createDirectories(directory.resolve("b/deeper"));
        Files.writeString(directory.resolve("b/deeper/z.test"), "");
        Files.writeString(directory.resolve("b/a.test"), "");
        Files.writeString(directory.resolve("a.test"), "");
        Files.writeString(directory.resolve("notes.txt"), "");

        List<Path> files = SuiteRunner.collectFiles(List.of(directory));

        assertThat(files).containsExactly(directory.resolve("a.test"), directory.resolve("b/a.test"),
                directory.resolve("b/deeper/z.test"));
    }

    @Test
    void runsEveryFileAndTotalsTheResults(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("good.test"), "query I nosort\nSELECT 1\n----\n1\n");
        Files.writeString(directory.resolve("bad.test"), "query I nosort\nSELECT 1\n----\n2\n\nstatement ok\nSELECT 1\n");
        List<FileResult> seen = new ArrayList<>();

        SuiteResult suite = new SuiteRunner(Sqlite.target(), "sqlite", Duration.ofSeconds(60))
                .runAll(SuiteRunner.collectFiles(List.of(directory)), seen::add);

        assertThat(seen).hasSize(2);
        assertThat(suite.records()).isEqualTo(3);
        assertThat(suite.passed()).isEqualTo(2);
        assertThat(suite.passRate()).isBetween(66.6, 66.7);
        assertThat(suite.topFailures(20)).containsExactly(java.util.Map.entry("wrong result (I value)", 1));
        assertThat(suite.abortedFiles()).isEmpty();
    }

    /** Wraps a connection so that, after {@code left} statements, every call fails as a dropped link would. */
    private static Connection dropsAfterStatements(Connection real, AtomicInteger left) {
        return (Connection) Proxy.newProxyInstance(SuiteRunnerTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("createStatement") && left.getAndDecrement() <= 0) {
                        throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                    }
                    if (method.getName().equals("isClosed") && left.get() < 0) {
                        return true;
                    }
                    try {
                        return method.invoke(real, arguments);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }
}
