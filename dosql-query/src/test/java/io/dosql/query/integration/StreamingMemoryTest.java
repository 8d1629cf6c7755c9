package io.dosql.query.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves constant-memory streaming for real: a child JVM limited to 64 MB of heap streams 5 million rows
 * from PostgreSQL (2 million from MariaDB, and from DoSQL once its engine streams) through a cursor.
 * Without the cursor the drivers would buffer every row and fail with OutOfMemoryError.
 */
class StreamingMemoryTest {
    private static final long ROWS = 5_000_000;

    @Test
    void fiveMillionPostgresRowsStreamInSixtyFourMegabytes() throws IOException, InterruptedException {
        TestServers.postgres();
        streamInChild(ROWS, "postgres");
    }

    @Test
    void twoMillionMariaDbRowsStreamInSixtyFourMegabytes() throws IOException, InterruptedException {
        TestServers.mariadb();
        streamInChild(2_000_000, "mariadb");
    }

    @Test
    void twoMillionDoSqlRowsStreamInSixtyFourMegabytes() throws IOException, InterruptedException {
        streamInChild(2_000_000, "dosql");
        streamInChild(2_000_000, "dosql");
    }

    private static void streamInChild(long rows, String database) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
            StreamFiveMillionRows.class.getName(), Long.toString(rows), database).redirectErrorStream(true).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("child finished; output: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + rows + " sum=" + (rows * (rows + 1) / 2)).contains("maxHeapMb=");
    }
}
