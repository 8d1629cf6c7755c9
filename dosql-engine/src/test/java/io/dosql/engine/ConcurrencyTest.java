package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MVCC through sessions: row locks, lock waits, deadlocks, restarts, FOR UPDATE and SSI. */
class ConcurrencyTest extends SqlTestSupport {
    private Session other;

    @BeforeEach
    void tables() {
        run("CREATE TABLE acct (id INT PRIMARY KEY, balance INT)");
        run("INSERT INTO acct VALUES (1, 100), (2, 100)");
        other = database.openSession();
    }

    @AfterEach
    void closeOther() {
        other.close();
    }

    private List<String> on(Session target, String sql) {
        return render(target.execute(sql, List.of()));
    }

    private CompletableFuture<List<String>> later(Session target, String sql) {
        return CompletableFuture.supplyAsync(() -> on(target, sql));
    }

    private static String sqlState(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(10, TimeUnit.SECONDS);
            return "none";
        } catch (ExecutionException failure) {
            return ((DoSqlException) failure.getCause()).sqlState();
        } catch (java.util.concurrent.TimeoutException stuck) {
            return "timeout";
        }
    }

    private static void assertBlocked(CompletableFuture<?> future) throws InterruptedException {
        Thread.sleep(300);
        assertThat(future).isNotDone();
    }

    @Test
    void aWriterWaitsForTheRowsWriterAndReadCommittedReevaluates() throws Exception {
        run("BEGIN; UPDATE acct SET balance = balance + 1 WHERE id = 1");
        other.execute("BEGIN", List.of());
        CompletableFuture<List<String>> second = later(other, "UPDATE acct SET balance = balance + 10 WHERE id = 1");
        assertBlocked(second);
        // A reader is not blocked and sees the committed value.
        assertThat(rows("SELECT balance FROM acct WHERE id = 2")).containsExactly("100");
        run("COMMIT");
        second.get(10, TimeUnit.SECONDS);
        on(other, "COMMIT");
        assertThat(rows("SELECT balance FROM acct WHERE id = 1")).containsExactly("111");
    }

    @Test
    void theTransactionClosingADeadlockIsTheVictim() throws Exception {
        run("BEGIN; UPDATE acct SET balance = 1 WHERE id = 1");
        on(other, "BEGIN");
        on(other, "UPDATE acct SET balance = 2 WHERE id = 2");
        CompletableFuture<List<String>> first = later(session, "UPDATE acct SET balance = 1 WHERE id = 2");
        assertBlocked(first);
        DoSqlException victim = org.junit.jupiter.api.Assertions.assertThrows(DoSqlException.class,
                () -> on(other, "UPDATE acct SET balance = 2 WHERE id = 1"));
        assertThat(victim.sqlState()).isEqualTo("40P01");
        on(other, "ROLLBACK");
        first.get(10, TimeUnit.SECONDS);
        run("COMMIT");
        assertThat(rows("SELECT balance FROM acct ORDER BY id")).containsExactly("1", "1");
    }

    @Test
    void aDuplicateKeyWaitsForTheFirstInserter() throws Exception {
        run("BEGIN; INSERT INTO acct VALUES (3, 0)");
        CompletableFuture<List<String>> duplicate = later(other, "INSERT INTO acct VALUES (3, 1)");
        assertBlocked(duplicate);
        run("COMMIT");
        assertThat(sqlState(duplicate)).isEqualTo("23505");

        run("BEGIN; INSERT INTO acct VALUES (4, 0)");
        CompletableFuture<List<String>> retry = later(other, "INSERT INTO acct VALUES (4, 1)");
        assertBlocked(retry);
        run("ROLLBACK");
        assertThat(sqlState(retry)).isEqualTo("none");
        assertThat(rows("SELECT balance FROM acct WHERE id = 4")).containsExactly("1");
    }

    @Test
    void forUpdateNowaitAndSkipLocked() throws Exception {
        run("BEGIN");
        assertThat(rows("SELECT id FROM acct WHERE id = 1 FOR UPDATE")).containsExactly("1");
        on(other, "BEGIN");
        DoSqlException busy = org.junit.jupiter.api.Assertions.assertThrows(DoSqlException.class,
                () -> on(other, "SELECT * FROM acct WHERE id = 1 FOR UPDATE NOWAIT"));
        assertThat(busy.sqlState()).isEqualTo("55P03");
        on(other, "ROLLBACK");
        assertThat(on(other, "SELECT id FROM acct ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")).containsExactly("2");
        // FOR SHARE by one does not block FOR SHARE by another, but blocks an UPDATE.
        CompletableFuture<List<String>> update = later(other, "UPDATE acct SET balance = 0 WHERE id = 1");
        assertBlocked(update);
        run("COMMIT");
        update.get(10, TimeUnit.SECONDS);
        assertThat(rows("SELECT balance FROM acct WHERE id = 1")).containsExactly("0");
    }

    @Test
    void serializableWriteSkewFailsTheSecondCommit() {
        run("BEGIN ISOLATION LEVEL SERIALIZABLE");
        on(other, "BEGIN ISOLATION LEVEL SERIALIZABLE");
        assertThat(rows("SELECT sum(balance) FROM acct")).containsExactly("200");
        assertThat(on(other, "SELECT sum(balance) FROM acct")).containsExactly("200");
        run("UPDATE acct SET balance = balance - 150 WHERE id = 1");
        on(other, "UPDATE acct SET balance = balance - 150 WHERE id = 2");
        run("COMMIT");
        DoSqlException failure = org.junit.jupiter.api.Assertions.assertThrows(DoSqlException.class,
                () -> on(other, "COMMIT"));
        assertThat(failure.sqlState()).isEqualTo("40001");
        assertThat(rows("SELECT balance FROM acct ORDER BY id")).containsExactly("-50", "100");
    }

    @Test
    void oldVersionsServeOldSnapshotsThroughIndexesAndAreThenPruned() {
        run("CREATE INDEX acct_balance ON acct (balance)");
        on(other, "BEGIN ISOLATION LEVEL REPEATABLE READ");
        assertThat(on(other, "SELECT id FROM acct WHERE balance = 100 ORDER BY id")).containsExactly("1", "2");
        for (int round = 1; round <= 50; round++) {
            run("UPDATE acct SET balance = " + (100 + round) + " WHERE id = 1");
        }
        run("DELETE FROM acct WHERE id = 2");
        assertThat(on(other, "SELECT id FROM acct WHERE balance = 100 ORDER BY id")).containsExactly("1", "2");
        assertThat(on(other, "SELECT count(*) FROM acct")).containsExactly("2");
        assertThat(rows("SELECT id, balance FROM acct WHERE balance >= 100")).containsExactly("1|150");
        on(other, "COMMIT");
        run("UPDATE acct SET balance = 7 WHERE id = 1");
        assertThat(rows("SELECT id FROM acct WHERE balance = 100")).isEmpty();
        assertThat(rows("SELECT id FROM acct WHERE balance = 7")).containsExactly("1");
        assertThat(on(other, "SELECT count(*) FROM acct")).containsExactly("1");
    }

    @Test
    void noStatementLeavesASnapshotBehindSoVersionsArePruned() {
        io.dosql.engine.session.EmbeddedDatabase embedded = (io.dosql.engine.session.EmbeddedDatabase) database;
        // Empty results, one-row results read partly, failures and explicit transactions of every level.
        assertThat(rows("SELECT * FROM acct WHERE id = 99")).isEmpty();
        assertThat(rows("SELECT * FROM acct WHERE id = 1")).hasSize(1);
        assertThat(failure("SELECT 1 / (balance - 100) FROM acct").sqlState()).isEqualTo("22012");
        run("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT * FROM acct WHERE id = 99; COMMIT");
        run("BEGIN ISOLATION LEVEL SERIALIZABLE; SELECT * FROM acct; ROLLBACK");
        on(other, "SELECT * FROM acct WHERE id = 99");
        run("UPDATE acct SET balance = balance + 1");
        run("INSERT INTO acct VALUES (3, 0)");
        run("DELETE FROM acct WHERE id = 3");
        assertThat(embedded.rowVersionsKept()).isZero();
        // While a snapshot may still see them, old versions stay; then they go with the next commit.
        on(other, "BEGIN ISOLATION LEVEL REPEATABLE READ");
        on(other, "SELECT count(*) FROM acct");
        run("UPDATE acct SET balance = balance + 1");
        assertThat(embedded.rowVersionsKept()).isEqualTo(2);
        on(other, "COMMIT");
        run("UPDATE acct SET balance = balance + 1 WHERE id = 1");
        assertThat(embedded.rowVersionsKept()).isZero();
    }

    /** Many rows one transaction inserts are one insert run; every reader must see them exactly as row versions. */
    @Test
    void rowsOfABulkInsertAreInvisibleUntilCommitAndToOlderSnapshotsThenPruned() {
        io.dosql.engine.session.EmbeddedDatabase embedded = (io.dosql.engine.session.EmbeddedDatabase) database;
        run("CREATE INDEX acct_balance ON acct (balance)");
        on(other, "BEGIN ISOLATION LEVEL REPEATABLE READ");
        assertThat(on(other, "SELECT count(*) FROM acct")).containsExactly("2");
        run("BEGIN");
        run("INSERT INTO acct SELECT g, g % 7 FROM generate_series(10, 509) AS g");
        run("SAVEPOINT s");
        run("INSERT INTO acct SELECT g, 1000 FROM generate_series(510, 519) AS g");
        run("ROLLBACK TO SAVEPOINT s");
        run("INSERT INTO acct SELECT g, 2000 FROM generate_series(520, 529) AS g");
        run("UPDATE acct SET balance = 3000 WHERE id = 11");
        run("DELETE FROM acct WHERE id = 12");
        assertThat(rows("SELECT count(*), sum(balance) FROM acct WHERE id >= 10")).containsExactly("509|" + (bulkSum() + 20000 + 3000 - 11 % 7 - 12 % 7));
        // Another session sees none of it, by scan, by primary key and by the secondary index.
        Session third = database.openSession();
        try {
            assertThat(on(third, "SELECT count(*) FROM acct")).containsExactly("2");
            assertThat(on(third, "SELECT balance FROM acct WHERE id = 100")).isEmpty();
            assertThat(on(third, "SELECT count(*) FROM acct WHERE balance = 2000")).containsExactly("0");
            run("COMMIT");
            assertThat(on(third, "SELECT count(*) FROM acct")).containsExactly("511");
            assertThat(on(third, "SELECT balance FROM acct WHERE id = 100")).containsExactly(String.valueOf(100 % 7));
            assertThat(on(third, "SELECT count(*) FROM acct WHERE balance = 1000")).containsExactly("0");
            assertThat(on(third, "SELECT count(*) FROM acct WHERE balance = 3000")).containsExactly("1");
            assertThat(on(third, "SELECT count(*) FROM acct WHERE id = 12")).containsExactly("0");
        } finally {
            third.close();
        }
        // The snapshot taken before the commit still sees only the two old rows.
        assertThat(on(other, "SELECT count(*) FROM acct")).containsExactly("2");
        assertThat(on(other, "SELECT count(*) FROM acct WHERE balance = 2000")).containsExactly("0");
        assertThat(embedded.rowVersionsKept()).isPositive();
        on(other, "COMMIT");
        run("UPDATE acct SET balance = balance WHERE id = 1");
        assertThat(embedded.rowVersionsKept()).isZero();
        assertThat(on(other, "SELECT count(*) FROM acct")).containsExactly("511");
    }

    private static long bulkSum() {
        long sum = 0;
        for (int g = 10; g <= 509; g++) {
            sum += g % 7;
        }
        return sum;
    }

    @Test
    void interleavedBulkInsertsOfTwoTransactionsCommitAndAbortApart() {
        io.dosql.engine.session.EmbeddedDatabase embedded = (io.dosql.engine.session.EmbeddedDatabase) database;
        run("BEGIN");
        on(other, "BEGIN");
        for (int round = 0; round < 40; round++) {
            run("INSERT INTO acct SELECT g, 1 FROM generate_series(" + (1000 + round * 10) + ", " + (1004 + round * 10) + ") AS g");
            on(other, "INSERT INTO acct SELECT g, 2 FROM generate_series(" + (1005 + round * 10) + ", " + (1009 + round * 10) + ") AS g");
        }
        assertThat(rows("SELECT balance, count(*) FROM acct WHERE id >= 1000 GROUP BY balance")).containsExactly("1|200");
        assertThat(on(other, "SELECT balance, count(*) FROM acct WHERE id >= 1000 GROUP BY balance")).containsExactly("2|200");
        // A duplicate of the other's uncommitted row waits for it; its rollback lets the insert through.
        CompletableFuture<List<String>> duplicate = later(other, "INSERT INTO acct VALUES (1000, 9)");
        try {
            assertBlocked(duplicate);
        } catch (InterruptedException interrupted) {
            throw new AssertionError(interrupted);
        }
        run("ROLLBACK");
        assertThat(duplicate.join()).isNotNull();
        on(other, "COMMIT");
        assertThat(rows("SELECT balance, count(*) FROM acct WHERE id >= 1000 GROUP BY balance ORDER BY balance"))
                .containsExactly("2|200", "9|1");
        assertThat(embedded.rowVersionsKept()).isZero();
    }
}
