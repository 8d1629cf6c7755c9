package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SltMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) {
        return SltMain.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsFileLinesSummaryAndTopFailuresAndWritesTheReport(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("a.test"),
                "statement ok\nCREATE TABLE t1(a INTEGER)\n\nquery I nosort\nSELECT count(*) FROM t1\n----\n0\n");
        Files.writeString(directory.resolve("b.test"),
                "query I nosort\nSELECT 1 + 1\n----\n3\n\nstatement ok\nSELECT * FROM missing\n");
        Path report = directory.resolve("report.txt");

        int status = run("--url", Sqlite.URL, "--label", "sqlite", "--timeout", "30", "--report", report.toString(),
                directory.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(printed).contains("a.test").contains("b.test")
                .contains("files 2, records 4, passed 2, failed 2, skipped 0")
                .contains("pass rate 50.00%")
                .contains("files aborted 0")
                .contains("slowest file ")
                .contains("       1  wrong result (I value)")
                .contains("statement failed: [SQLITE_ERROR]")
                .contains("2 passed, 2 failed");
        String written = Files.readString(report);
        assertThat(written).contains("== slowest records per file").contains("line 4: SELECT count(*) FROM t1")
                .contains("SELECT 1 + 1").contains("expected: 3").contains("actual:   2")
                .contains("SELECT * FROM missing");
    }

    @Test
    void exitsZeroWhenEverythingPasses(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("ok.test"), "query T nosort\nSELECT 'x'\n----\nx\n");

        assertThat(run("--url", Sqlite.URL, "--label", "sqlite", directory.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("pass rate 100.00%");
    }

    @Test
    void theTargetDecidesTheExitStatus(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("half.test"),
                "query I nosort\nSELECT 1\n----\n1\n\nquery I nosort\nSELECT 1\n----\n2\n");

        assertThat(run("--url", Sqlite.URL, "--label", "sqlite", "--target", "50", directory.toString())).isZero();
        assertThat(run("--url", Sqlite.URL, "--label", "sqlite", "--target", "99", directory.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("target: pass rate >= 50.00% and no file aborted: met")
                .contains("target: pass rate >= 99.00% and no file aborted: NOT met");
    }

    @Test
    void rejectsBadUsage() {
        assertThat(run("--url")).isEqualTo(2);
        assertThat(run("--url", Sqlite.URL)).isEqualTo(2);
        assertThat(run("--frobnicate", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: SltMain");
    }

    @Test
    void reportsAMissingPath() {
        assertThat(run("--url", Sqlite.URL, "/no/such/dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or directory");
    }
}
