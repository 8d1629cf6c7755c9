package io.dosql.jdbc.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test with concurrent writers: a child JVM runs {@link ConcurrentCrashWorkload} (four threads
 * committing at once, so commits share fsyncs and checkpoints run between them) and is killed with
 * SIGKILL at a random moment; after each kill the database is reopened and every thread's rows must be
 * exactly what its last acknowledged commit (or the one in flight) left, with the index agreeing.
 */
class ConcurrentCrashTest {
    private static final int THREADS = 4;
    private static final int KILLS = 6;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedCommitOfEveryWriterSurvivesSigkill() throws Exception {
        String url = "jdbc:dosql:file:" + directory.resolve("db") + "?buffer_pool_mb=1";
        Random random = new Random(20261123);
        int[] verified = new int[THREADS];
        long acknowledgedTotal = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int[] acknowledged = verified.clone();
            Path errors = Files.createTempFile(directory, "child", ".err");
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), ConcurrentCrashWorkload.class.getName(), url,
                    Integer.toString(THREADS), Long.toString(kill)).redirectError(errors.toFile()).start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else if (line.startsWith("ACK ")) {
                            String[] parts = line.split(" ");
                            synchronized (acknowledged) {
                                int thread = Integer.parseInt(parts[1]);
                                acknowledged[thread] = Math.max(acknowledged[thread], Integer.parseInt(parts[2]));
                            }
                        }
                    }
                } catch (java.io.IOException ended) {
                    // the child is gone
                }
            });
            reader.start();
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child ready; stderr: %s", Files.readString(errors)).isTrue();
            Thread.sleep(300 + random.nextInt(1200));
            assertThat(child.isAlive()).as("child alive; stderr: %s", Files.readString(errors)).isTrue();
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(30_000);
            synchronized (acknowledged) {
                for (int thread = 0; thread < THREADS; thread++) {
                    acknowledgedTotal += acknowledged[thread] - verified[thread];
                }
                verify(url, acknowledged, verified);
            }
        }
        System.out.printf("concurrent crash test: %d kills, %d writer threads, %d acknowledged commits verified%n",
                KILLS, THREADS, acknowledgedTotal);
        assertThat(acknowledgedTotal).as("commits acknowledged over all kills").isGreaterThan(KILLS * THREADS);
    }

    /** Checks the reopened database against the acknowledgements; {@code verified} becomes what is there. */
    private static void verify(String url, int[] acknowledged, int[] verified) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (int thread = 0; thread < THREADS; thread++) {
                int last;
                try (ResultSet rows = statement.executeQuery("SELECT last FROM progress WHERE thread = " + thread)) {
                    assertThat(rows.next()).isTrue();
                    last = rows.getInt(1);
                }
                // Every acknowledged commit is there; at most the one in flight beyond it.
                assertThat(last).as("thread %d progress", thread)
                        .isBetween(acknowledged[thread], acknowledged[thread] + 1);
                List<String> expected = new ArrayList<>();
                for (int seq = Math.max(1, last - ConcurrentCrashWorkload.KEEP + 1); seq <= last; seq++) {
                    String payload = ConcurrentCrashWorkload.payload(thread, seq);
                    expected.add(seq + "|" + (seq <= last - ConcurrentCrashWorkload.TOUCH ? payload + "+" : payload));
                }
                assertThat(rows(statement, "SELECT seq, payload FROM ledger WHERE thread = " + thread + " ORDER BY seq"))
                        .as("thread %d ledger through the primary key", thread).isEqualTo(expected);
                assertThat(rows(statement, "SELECT seq, payload FROM ledger WHERE thread + 0 = " + thread + " ORDER BY seq"))
                        .as("thread %d ledger by a table scan", thread).isEqualTo(expected);
                verified[thread] = last;
            }
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(rows.getInt(1) + "|" + rows.getString(2));
            }
        }
        return result;
    }
}
