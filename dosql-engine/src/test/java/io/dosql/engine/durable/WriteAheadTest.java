package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.local.LocalFileBackend;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large transaction writes its redo to the log while it runs (statement by statement, below the oldest
 * point a rollback can return to). After a crash, only committed transactions are there, whole; rolled
 * back parts never come back, and the log still lets go of old segments.
 */
@Timeout(120)
class WriteAheadTest {
    @TempDir
    Path directory;

    private FaultInjectingBackend faulty() {
        return new FaultInjectingBackend(LocalFileBackend.open(directory, DurableStorage.PAGE_SIZE));
    }

    /** About 1.3 MB of redo per call: several statements make a transaction write ahead. */
    private static String bigInsert(int from, String tag) {
        return "INSERT INTO t SELECT g, '" + tag + "' || repeat('x', 250) FROM generate_series(" + from + ", "
                + (from + 4999) + ") g";
    }

    private static Database open(FaultInjectingBackend backend) {
        return Database.open(backend, DurableOptions.defaults());
    }

    @Test
    void committedLargeTransactionSurvivesACrashWhole() {
        FaultInjectingBackend backend = faulty();
        Database database = open(backend);
        DurableTestSupport.run(database, "CREATE TABLE t (id int PRIMARY KEY, v text)");
        try (Session session = database.openSession()) {
            session.executeScript("BEGIN");
            for (int part = 0; part < 6; part++) {
                session.executeScript(bigInsert(1 + part * 5000, "a"));
            }
            session.executeScript("COMMIT");
        }
        backend.crash();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT count(*), min(id), max(id), count(DISTINCT v) FROM t"))
                    .containsExactly("30000|1|30000|1");
        }
    }

    @Test
    void uncommittedLargeTransactionLeavesNothingAfterACrash() {
        FaultInjectingBackend backend = faulty();
        Database database = open(backend);
        DurableTestSupport.run(database, "CREATE TABLE t (id int PRIMARY KEY, v text)");
        DurableTestSupport.run(database, "INSERT INTO t VALUES (0, 'before')");
        Session open = database.openSession();
        open.executeScript("BEGIN");
        for (int part = 0; part < 6; part++) {
            open.executeScript(bigInsert(1 + part * 5000, "u"));
        }
        // Its first chunks are in the log (written ahead) without a COMMIT.
        backend.crash();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT id, v FROM t")).containsExactly("0|before");
            DurableTestSupport.run(reopened, bigInsert(1, "b"));
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT count(*) FROM t")).containsExactly("5001");
        }
    }

    @Test
    void rollbacksNeverReachWhatWasWrittenAheadAndNeverComeBack() {
        FaultInjectingBackend backend = faulty();
        Database database = open(backend);
        DurableTestSupport.run(database, "CREATE TABLE t (id int PRIMARY KEY, v text)");
        try (Session session = database.openSession()) {
            // kept: A (before the savepoint) and C; rolled back: B (after it) and a failed statement
            session.executeScript("BEGIN");
            session.executeScript(bigInsert(1, "A"));
            session.executeScript(bigInsert(5001, "A"));
            session.executeScript("SAVEPOINT s");
            for (int part = 0; part < 4; part++) {
                session.executeScript(bigInsert(10001 + part * 5000, "B"));
            }
            session.executeScript("ROLLBACK TO SAVEPOINT s");
            try {
                session.executeScript(bigInsert(4001, "dup")); // 4001..5000 exist: 23505 after 1000 rows
            } catch (RuntimeException expected) {
                session.executeScript("ROLLBACK TO SAVEPOINT s");
            }
            session.executeScript(bigInsert(40001, "C"));
            session.executeScript("COMMIT");
            // a whole rollback of a transaction that wrote ahead
            session.executeScript("BEGIN");
            for (int part = 0; part < 6; part++) {
                session.executeScript(bigInsert(100001 + part * 5000, "R"));
            }
            session.executeScript("ROLLBACK");
        }
        assertThat(rows(database, "SELECT substr(v, 1, 1), count(*) FROM t GROUP BY 1 ORDER BY 1"))
                .containsExactly("A|10000", "C|5000");
        backend.crash();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT substr(v, 1, 1), count(*) FROM t GROUP BY 1 ORDER BY 1"))
                    .containsExactly("A|10000", "C|5000");
        }
    }

    @Test
    void anAbortedTransactionDoesNotHoldOldLogSegments() throws java.io.IOException {
        try (Database database = Database.open(directory, DurableOptions.defaults().withCheckpointWalBytes(4L << 20)
                .withBackgroundCheckpoints(false))) {
            DurableTestSupport.run(database, "CREATE TABLE t (id int PRIMARY KEY, v text)");
            try (Session session = database.openSession()) {
                session.executeScript("BEGIN");
                for (int part = 0; part < 6; part++) {
                    session.executeScript(bigInsert(1 + part * 5000, "R"));
                }
                session.executeScript("ROLLBACK");
            }
            // Committed work past several checkpoints: segments before them must be deletable.
            for (int round = 0; round < 40; round++) {
                DurableTestSupport.run(database, "DELETE FROM t; " + bigInsert(1, "k" + round));
            }
            long segments;
            try (var files = java.nio.file.Files.list(directory)) {
                segments = files.filter(file -> file.getFileName().toString().startsWith("wal-")).count();
            }
            assertThat(segments).as("log segments kept").isLessThanOrEqualTo(3);
        }
    }
}
