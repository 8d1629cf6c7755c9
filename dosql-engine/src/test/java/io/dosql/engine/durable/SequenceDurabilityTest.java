package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static io.dosql.engine.durable.DurableTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.local.LocalFileBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequences on a file database: definitions come back through the DDL history, positions through the log
 * (replay after a crash) or the checkpoint (after close); no value a committed transaction got is handed
 * out again.
 */
@Timeout(60)
class SequenceDurabilityTest {
    @TempDir
    Path directory;

    private Database crashable(FaultInjectingBackend[] backend) {
        backend[0] = new FaultInjectingBackend(LocalFileBackend.open(directory, DurableStorage.PAGE_SIZE));
        return Database.open(backend[0], DurableOptions.defaults());
    }

    /**
     * Power loss: an uncommitted write keeps close from checkpointing (what a crash would not do either), so
     * the next open replays the log.
     */
    private static void crash(FaultInjectingBackend backend, Database database) {
        Session writer = database.openSession();
        writer.executeScript("BEGIN; CREATE TABLE uncommitted (x int)");
        backend.crash();
        database.close();
    }

    private static long next(Database database, String sequence) {
        return Long.parseLong(rows(database, "SELECT nextval('" + sequence + "')").get(0));
    }

    @Test
    void positionsSurviveCrashReplayAndCheckpoint() {
        FaultInjectingBackend[] backend = new FaultInjectingBackend[1];
        Database database = crashable(backend);
        run(database, """
                CREATE SEQUENCE s;
                CREATE SEQUENCE down INCREMENT -1;
                CREATE TABLE items (id bigint DEFAULT nextval('s'), v text);
                CREATE SEQUENCE owned OWNED BY items.v;
                """);
        // Autocommit SELECTs write nothing else: their commit must still log the positions.
        assertThat(next(database, "s")).isEqualTo(1);
        assertThat(next(database, "s")).isEqualTo(2);
        assertThat(next(database, "down")).isEqualTo(-1);
        run(database, "INSERT INTO items (v) VALUES ('a'), ('b')");
        try (Session session = database.openSession()) {
            session.executeScript("BEGIN");
            assertThat(DurableTestSupport.rows(session, "SELECT nextval('s')")).containsExactly("5");
            session.executeScript("ROLLBACK");
        }
        // A long result streams past its implicit commit: every position its rows took must be in that commit.
        List<String> many = rows(database, "SELECT nextval('s') FROM generate_series(1, 3000)");
        assertThat(many).hasSize(3000).endsWith("3005");
        crash(backend[0], database);

        try (Database reopened = Database.open(directory)) {
            // Replayed from the log (no checkpoint since the start).
            assertThat(next(reopened, "s")).isGreaterThan(3005);
            assertThat(next(reopened, "down")).isLessThan(-1);
            assertThat(rows(reopened, "SELECT id, v FROM items ORDER BY id")).containsExactly("3|a", "4|b");
            assertThat(next(reopened, "owned")).isEqualTo(1);
            run(reopened, "SELECT setval('s', 10000)");
        }
        // Closed cleanly: the checkpoint holds the positions.
        try (Database reopened = Database.open(directory)) {
            assertThat(next(reopened, "s")).isEqualTo(10001);
            assertThat(next(reopened, "down")).isLessThan(-2);
            run(reopened, "DROP TABLE items");
        }
        // After a checkpoint, more moves and DDL replayed from the log.
        database = crashable(backend);
        assertThat(rows(database, "SELECT nextval('s'), nextval('s')")).containsExactly("10002|10003");
        run(database, "CREATE SEQUENCE later START 7; ALTER SEQUENCE down RESTART WITH -100");
        assertThat(next(database, "later")).isEqualTo(7);
        crash(backend[0], database);
        try (Database reopened = Database.open(directory)) {
            assertThat(next(reopened, "s")).isEqualTo(10004);
            assertThat(next(reopened, "later")).isEqualTo(8);
            assertThat(next(reopened, "down")).isEqualTo(-100);
            // DROP TABLE dropped the sequence its column owned.
            assertThat(rows(reopened, "SELECT count(*) FROM generate_series(1, 0)")).containsExactly("0");
            try (Session session = reopened.openSession()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.executeScript("SELECT nextval('owned')"))
                        .hasMessageContaining("relation \"owned\" does not exist");
            }
        }
    }

    @Test
    void sequencesAndTheirPositionsSurviveManyCheckpoints() {
        try (Database database = Database.open(directory)) {
            run(database, "CREATE SCHEMA app; CREATE SEQUENCE app.\"Mixed\" START 5 INCREMENT 5 MAXVALUE 30 CYCLE");
            assertThat(next(database, "app.\"Mixed\"")).isEqualTo(5);
        }
        for (long expected : new long[] {10, 15, 20, 25, 30, 1}) {
            try (Database database = Database.open(directory)) {
                assertThat(next(database, "app.\"Mixed\"")).isEqualTo(expected);
            }
        }
    }

    @Test
    void checkpointsWrittenBeforeSequencesExistedStillDecode() {
        CheckpointMetadata current = new CheckpointMetadata(42, List.of(), Map.of("public\u0000t", new long[] {3, 9}),
                Map.of(), Map.of("public\u0000t\u0000id", 7L), Map.of());
        byte[] encoded = current.encode();
        // The sequences section (here one varint 0) is what the older format lacks.
        byte[] old = java.util.Arrays.copyOf(encoded, encoded.length - 1);
        CheckpointMetadata decoded = CheckpointMetadata.decode(old);
        assertThat(decoded.lsn()).isEqualTo(42);
        assertThat(decoded.identities()).containsEntry("public\u0000t\u0000id", 7L);
        assertThat(decoded.sequences()).isEmpty();
        CheckpointMetadata withSequence = new CheckpointMetadata(1, List.of(), Map.of(), Map.of(), Map.of(),
                Map.of("public\u0000s", new long[] {-5, 1}));
        assertThat(CheckpointMetadata.decode(withSequence.encode()).sequences().get("public\u0000s")).containsExactly(-5, 1);
    }
}
