package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM commits through SQL (with checkpoints: a tiny threshold) and reports each acknowledged
 * commit; the parent kills it with SIGKILL at a random moment, reopens, and finds every acknowledged
 * commit and no half transaction — several times over the same directory.
 */
@Timeout(300)
class ProcessKillTest {
    private static final int KILLS = 4;

    @TempDir
    Path directory;

    @Test
    void acknowledgedCommitsSurviveSigkill() throws Exception {
        Random random = new Random(11);
        TreeSet<Integer> acknowledged = new TreeSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int commitsBeforeKill = 20 + random.nextInt(150);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Child.class.getName(), directory.toString(), String.valueOf(kill * 100_000))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int seen = 0;
                String line;
                while (seen < commitsBeforeKill && (line = output.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Integer.parseInt(line.substring(4)));
                        seen++;
                    }
                }
                assertThat(seen).as("acknowledged commits before the kill").isEqualTo(commitsBeforeKill);
                child.toHandle().destroyForcibly();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                while ((line = output.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Integer.parseInt(line.substring(4)));
                    }
                }
            }
            try (Database database = Database.open(directory, Child.OPTIONS); Session session = database.openSession()) {
                TreeSet<Integer> present = new TreeSet<>();
                for (String id : rows(session, "SELECT id FROM t")) {
                    present.add(Integer.parseInt(id));
                }
                assertThat(present).containsAll(acknowledged);
                // Each transaction wrote its row to both tables, so no half transaction shows.
                assertThat(rows(session, "SELECT count(*) FROM t LEFT JOIN u ON u.id = t.id WHERE u.id IS NULL"))
                        .containsExactly("0");
                assertThat(rows(session, "SELECT count(*) FROM u")).containsExactly(String.valueOf(present.size()));
                acknowledged.addAll(present);
            }
        }
    }

    /** The child: commits rows (two tables per transaction) until killed, printing each acknowledged commit. */
    public static final class Child {
        static final DurableOptions OPTIONS = DurableOptions.defaults()
                .withBufferPoolBytes(1L << 20).withCheckpointWalBytes(32L << 10);

        public static void main(String[] args) {
            try (Database database = Database.open(Path.of(args[0]), OPTIONS); Session session = database.openSession()) {
                session.executeScript("CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, v text);"
                        + "CREATE TABLE IF NOT EXISTS u (id int PRIMARY KEY, w text)");
                int first = Integer.parseInt(args[1]);
                String filler = "f".repeat(300);
                for (int id = first; ; id++) {
                    session.executeScript("BEGIN");
                    session.execute("INSERT INTO t VALUES ($1, $2)", List.of(id, filler));
                    session.execute("INSERT INTO u VALUES ($1, $2)", List.of(id, filler));
                    session.executeScript("COMMIT");
                    System.out.println("ACK " + id);
                    System.out.flush();
                }
            }
        }
    }
}
