package io.dosql.wal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.local.LocalFileBackend;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM commits transactions to a log on local files and reports each acknowledged commit;
 * the parent kills it with SIGKILL at a random moment, recovers, and checks every acknowledged commit
 * is there in full and no transaction is there in part.
 */
class WalProcessKillTest {
    private static final int KILLS = 5;

    @TempDir
    Path directory;

    @Test
    void acknowledgedCommitsSurviveSigkill() throws Exception {
        Random random = new Random(4);
        Set<Long> acknowledged = new LinkedHashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int commitsBeforeKill = 1 + random.nextInt(60);
            Process child = startChild();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                String line;
                while (seen < commitsBeforeKill && (line = output.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Long.parseLong(line.substring(4)));
                        seen++;
                    }
                }
                assertThat(seen).as("child acknowledged commits before the kill").isEqualTo(commitsBeforeKill);
                child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves our pipe open
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                // Lines the child wrote after the ones we read are acknowledgements too.
                while ((line = output.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Long.parseLong(line.substring(4)));
                    }
                }
            }
            try (StorageBackend backend = LocalFileBackend.open(directory, 4096)) {
                RecoveredLog recovered = WalRecovery.recover(backend);
                List<Long> recoveredIds = new ArrayList<>();
                for (RecoveredTransaction transaction : recovered.committedTransactions()) {
                    recoveredIds.add(transaction.transactionId());
                    assertThat(transaction.payloads()).hasSize(expectedPayloads(transaction.transactionId()).size());
                    for (int part = 0; part < transaction.payloads().size(); part++) {
                        assertThat(transaction.payloads().get(part))
                                .isEqualTo(expectedPayloads(transaction.transactionId()).get(part));
                    }
                }
                assertThat(recoveredIds).containsAll(acknowledged);
            }
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(KILLS);
    }

    private Process startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitLoad.class.getName(), directory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Transaction {@code id} writes 1–4 payloads of deterministic content, so a partial one is detectable. */
    static List<byte[]> expectedPayloads(long id) {
        List<byte[]> payloads = new ArrayList<>();
        for (int part = 0; part <= id % 4; part++) {
            byte[] payload = new byte[(int) (id * 37 % 900)];
            Arrays.fill(payload, (byte) (id + part));
            payloads.add(payload);
        }
        return payloads;
    }

    /** Child-process entry point: commits transactions forever, printing "ACK id" after each commit returns. */
    public static final class CommitLoad {
        public static void main(String[] arguments) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            WalOptions options = WalOptions.defaults().withSegmentSize(64 * 1024);
            try (StorageBackend backend = LocalFileBackend.open(Path.of(arguments[0]), 4096);
                 WalWriter writer = WalWriter.open(backend, options)) {
                long id = writer.recovered().maxTransactionId();
                while (true) {
                    id++;
                    for (byte[] payload : expectedPayloads(id)) {
                        writer.data(id, payload);
                    }
                    writer.commit(id);
                    out.println("ACK " + id);
                }
            }
        }
    }
}
