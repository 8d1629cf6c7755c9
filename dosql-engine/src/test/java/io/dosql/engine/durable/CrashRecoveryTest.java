package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static io.dosql.engine.durable.DurableTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
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
 * Power loss and failing storage, simulated with {@link FaultInjectingBackend} over real files: after a
 * crash every committed transaction is there and nothing uncommitted is.
 */
@Timeout(60)
class CrashRecoveryTest {
    @TempDir
    Path directory;

    private FaultInjectingBackend faulty() {
        return new FaultInjectingBackend(LocalFileBackend.open(directory, DurableStorage.PAGE_SIZE));
    }

    private static String sqlState(Throwable error) {
        return ((DoSqlException) error).sqlState();
    }

    @Test
    void crashKeepsCommittedAndDropsUncommitted() {
        FaultInjectingBackend backend = faulty();
        Database database = Database.open(backend, DurableOptions.defaults());
        run(database, "CREATE TABLE t (id int PRIMARY KEY, v text); CREATE INDEX t_v ON t (v)");
        run(database, "INSERT INTO t VALUES (1, 'one'), (2, 'two')");
        run(database, "UPDATE t SET v = 'TWO' WHERE id = 2");
        Session open = database.openSession();
        open.executeScript("BEGIN; INSERT INTO t VALUES (3, 'uncommitted'); DELETE FROM t WHERE id = 1");
        backend.crash();
        database.close();

        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT * FROM t ORDER BY id")).containsExactly("1|one", "2|TWO");
            // The index was rebuilt by replay.
            assertThat(rows(reopened, "SELECT id FROM t WHERE v = 'TWO'")).containsExactly("2");
            run(reopened, "INSERT INTO t VALUES (3, 'three')");
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT count(*) FROM t")).containsExactly("3");
        }
    }

    @Test
    void asynchronousCommitIsDurableAfterTheBackgroundFlush() throws Exception {
        FaultInjectingBackend backend = faulty();
        Database database = Database.open(backend, DurableOptions.defaults().withSynchronousCommit(false));
        run(database, "CREATE TABLE t (x int)");
        long syncsBefore = backend.syncCount();
        run(database, "INSERT INTO t VALUES (1)");
        // The commit returned without an fsync; the background flush follows within ~200 ms.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (backend.syncCount() == syncsBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(backend.syncCount()).isGreaterThan(syncsBefore);
        backend.crash();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT x FROM t")).containsExactly("1");
        }
    }

    @Test
    void failedLogSyncPoisonsWritesUntilReopen() {
        FaultInjectingBackend backend = faulty();
        Database database = Database.open(backend, DurableOptions.defaults());
        run(database, "CREATE TABLE t (x int)");
        run(database, "INSERT INTO t VALUES (1)");
        backend.failNextSync();
        assertThatThrownBy(() -> run(database, "INSERT INTO t VALUES (2)"))
                .isInstanceOf(DoSqlException.class).satisfies(error -> assertThat(sqlState(error)).as(error.toString()).isEqualTo("58030"));
        assertThatThrownBy(() -> run(database, "INSERT INTO t VALUES (3)"))
                .isInstanceOf(DoSqlException.class).satisfies(error -> assertThat(sqlState(error)).as(error.toString()).isEqualTo("58030"));
        // Reads still work.
        assertThat(rows(database, "SELECT count(*) FROM t WHERE x = 1")).containsExactly("1");
        backend.crash();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT x FROM t ORDER BY x")).containsExactly("1");
            run(reopened, "INSERT INTO t VALUES (4)");
            assertThat(rows(reopened, "SELECT x FROM t ORDER BY x")).containsExactly("1", "4");
        }
    }

    @Test
    void failedCheckpointAfterACommitLeavesTheCommitStanding() {
        FaultInjectingBackend backend = faulty();
        // every commit checkpoints before it returns; the page file refuses writes, the log does not
        Database database = Database.open(backend, DurableOptions.defaults().withCheckpointWalBytes(1)
                .withBackgroundCheckpoints(false));
        run(database, "CREATE TABLE t (x int PRIMARY KEY)");
        backend.failWritesTo("data");
        run(database, "INSERT INTO t VALUES (1)");
        // the storage is poisoned by the failed checkpoint: the next write says so, reads go on
        assertThatThrownBy(() -> run(database, "INSERT INTO t VALUES (2)"))
                .isInstanceOf(DoSqlException.class).satisfies(error -> assertThat(sqlState(error)).isEqualTo("58030"));
        assertThat(rows(database, "SELECT x FROM t")).containsExactly("1");
        backend.clearFaults();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT x FROM t")).containsExactly("1");
            run(reopened, "INSERT INTO t VALUES (2)");
        }
    }

    @Test
    void failedBackgroundCheckpointPoisonsLaterWritesAndKeepsEveryCommit() throws InterruptedException {
        FaultInjectingBackend backend = faulty();
        // every commit makes a checkpoint due, which runs after the commit returned
        Database database = Database.open(backend, DurableOptions.defaults().withCheckpointWalBytes(1));
        run(database, "CREATE TABLE t (x int PRIMARY KEY)");
        backend.failWritesTo("data");
        // Commits stand (their log records are durable) until the failed checkpoint is noticed.
        int committed = 0;
        DoSqlException refused = null;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (refused == null && System.nanoTime() < deadline) {
            try {
                run(database, "INSERT INTO t VALUES (" + (committed + 1) + ")");
                committed++;
            } catch (DoSqlException error) {
                refused = error;
            }
            Thread.sleep(5);
        }
        assertThat(refused).as("a write after the failed checkpoint").isNotNull();
        assertThat(sqlState(refused)).isEqualTo("58030");
        assertThat(rows(database, "SELECT count(*) FROM t")).containsExactly(String.valueOf(committed));
        backend.clearFaults();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT count(*), min(x), max(x) FROM t"))
                    .containsExactly(committed + (committed == 0 ? "|NULL|NULL" : "|1|" + committed));
        }
    }

    @Test
    void failedLogWriteRollsTheTransactionBack() {
        FaultInjectingBackend backend = faulty();
        try (Database database = Database.open(backend, DurableOptions.defaults())) {
            run(database, "CREATE TABLE t (x int PRIMARY KEY)");
            backend.diskFullAfter(10);
            assertThatThrownBy(() -> run(database, "INSERT INTO t VALUES (1)"))
                    .isInstanceOf(DoSqlException.class)
                    .satisfies(error -> assertThat(sqlState(error)).isEqualTo("53100"));
            backend.clearFaults();
            assertThat(rows(database, "SELECT count(*) FROM t")).containsExactly("0");
            run(database, "INSERT INTO t VALUES (1)");
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT x FROM t")).containsExactly("1");
        }
    }

    @Test
    void tornTailIsCutOff() {
        FaultInjectingBackend backend = faulty();
        Database database = Database.open(backend, DurableOptions.defaults());
        run(database, "CREATE TABLE t (x int)");
        run(database, "INSERT INTO t VALUES (1)");
        backend.tearNextWrite(7);
        assertThatThrownBy(() -> run(database, "INSERT INTO t VALUES (2)")).isInstanceOf(DoSqlException.class);
        backend.crash();
        database.close();
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT x FROM t")).containsExactly("1");
            run(reopened, "INSERT INTO t VALUES (3)");
        }
        try (Database reopened = Database.open(directory)) {
            assertThat(rows(reopened, "SELECT x FROM t ORDER BY x")).containsExactly("1", "3");
        }
    }
    @Test
    void corruptPageIsXX001AndTheDirectoryStaysUsable() throws Exception {
        try (Database database = Database.open(directory)) {
            run(database, "CREATE TABLE t (id int PRIMARY KEY, v text)");
            run(database, "INSERT INTO t SELECT g, 'value ' || g FROM generate_series(1, 20000) g");
        }
        java.nio.file.Path data = directory.resolve("data");
        byte[] original = java.nio.file.Files.readAllBytes(data);
        byte[] damaged = original.clone();
        for (int position = 2 * DurableStorage.PAGE_SIZE + 100; position < damaged.length; position += DurableStorage.PAGE_SIZE) {
            damaged[position] ^= 0x5A;
        }
        java.nio.file.Files.write(data, damaged);
        assertThatThrownBy(() -> {
            try (Database database = Database.open(directory)) {
                rows(database, "SELECT count(*), sum(length(v)) FROM t");
            }
        }).isInstanceOf(DoSqlException.class).satisfies(error -> assertThat(sqlState(error)).isEqualTo("XX001"));
        java.nio.file.Files.write(data, original);
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT count(*) FROM t")).containsExactly("20000");
        }
    }
}
