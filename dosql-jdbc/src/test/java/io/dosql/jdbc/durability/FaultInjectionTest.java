package io.dosql.jdbc.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dosql.core.DoSqlException;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import io.dosql.engine.StatementResult;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Storage faults under SQL: a durable database on {@link FaultyDatabase} (simulated storage that can
 * fill up, fail a write or an fsync, tear a write, or lose power) must report the fault with its
 * SQLSTATE — 53100 disk full, 58030 I/O error, XX001 corrupted page — and after recovery hold every
 * acknowledged transaction and nothing of a failed one. Batch {@code k} is one transaction inserting rows
 * of group {@code k} into {@code t}; the checks compare the groups present and the index on {@code grp}
 * with a scan.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FaultInjectionTest {
    private static final String SCHEMA =
            "CREATE TABLE t (id int PRIMARY KEY, grp int NOT NULL, payload text); CREATE INDEX t_grp ON t (grp)";
    private static final int BIG_ROWS = 25;
    private static final int BIG_PAYLOAD = 100_000;

    /** The COMMIT of a 2.5 MB transaction (several log records) meets a full disk at various points. */
    @ParameterizedTest
    @ValueSource(longs = {0, 40, 4_000, 600_000, 1_100_000, 2_000_000})
    void diskFullDuringCommitReports53100AndLosesOnlyThatTransaction(long bytesBeforeFull) {
        try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
            db.execute(SCHEMA);
            commitBatches(db, 1, 2, 3);
            Throwable failure = failingCommit(db, 4, BIG_ROWS, BIG_PAYLOAD, () -> db.faults.diskFullAfter(bytesBeforeFull));

            assertThat(sqlState(failure)).as(String.valueOf(failure)).isEqualTo("53100");
            assertThat(groups(db)).as("live, after the failed commit").containsExactly(1, 2, 3);
            db.faults.clearFaults();
            commitBatch(db, 5, 3, 100);
            db.powerLoss();
            assertThat(groups(db)).as("after power loss").containsExactly(1, 2, 3, 5);
            assertIndexAgrees(db);
            commitBatch(db, 6, 3, 100);
            db.restart();
            assertThat(groups(db)).containsExactly(1, 2, 3, 5, 6);
        }
    }

    @Test
    void writeErrorDuringCommitReports58030AndLosesOnlyThatTransaction() {
        try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
            db.execute(SCHEMA);
            commitBatches(db, 1, 2);
            Throwable failure = failingCommit(db, 3, 5, 1_000, db.faults::failNextWrite);

            assertThat(sqlState(failure)).as(String.valueOf(failure)).isEqualTo("58030");
            assertThat(groups(db)).containsExactly(1, 2);
            commitBatch(db, 4, 3, 100);
            db.powerLoss();
            assertThat(groups(db)).containsExactly(1, 2, 4);
            assertIndexAgrees(db);
        }
    }

    /**
     * A failed fsync reports 58030 and poisons the log: later writes fail with 58030 until the database is
     * reopened; reads go on. After power loss every acknowledged commit is there and the failed one is not.
     */
    @Test
    void fsyncFailureReports58030AndRefusesWritesUntilReopen() {
        try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
            db.execute(SCHEMA);
            commitBatches(db, 1, 2);
            Throwable failure = failingCommit(db, 3, 5, 1_000, db.faults::failNextSync);

            assertThat(sqlState(failure)).as(String.valueOf(failure)).isEqualTo("58030");
            Throwable refused = catchThrowable(() -> commitBatch(db, 4, 1, 10));
            assertThat(sqlState(refused)).as("a write after the failed fsync: %s", refused).isEqualTo("58030");
            assertThat(db.query("SELECT count(*) FROM t WHERE grp = 1")).containsExactly("5");
            db.powerLoss();
            assertThat(groups(db)).containsExactly(1, 2);
            commitBatch(db, 5, 3, 100);
            db.restart();
            assertThat(groups(db)).containsExactly(1, 2, 5);
            assertIndexAgrees(db);
        }
    }

    /** As above, but reopened without losing power: the failed commit may be there, but only whole. */
    @Test
    void fsyncFailureThenCleanReopenKeepsAcknowledgedAndNoHalfTransaction() {
        try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
            db.execute(SCHEMA);
            commitBatches(db, 1, 2);
            Throwable failure = failingCommit(db, 3, 5, 1_000, db.faults::failNextSync);
            assertThat(sqlState(failure)).isEqualTo("58030");
            db.restart();

            List<Integer> groups = groups(db);
            assertThat(groups).startsWith(1, 2).hasSizeBetween(2, 3);
            if (groups.size() == 3) {
                assertThat(groups.get(2)).isEqualTo(3);
                assertThat(db.query("SELECT count(*) FROM t WHERE grp = 3")).containsExactly("5");
            }
            assertIndexAgrees(db);
        }
    }

    /**
     * Power is lost while a COMMIT's log writes are under way: each of its writes in turn, cut after a few
     * bytes or most of them. Recovery must keep the earlier commits, drop the torn one, and take new ones.
     */
    @Test
    void tornWriteOfTheLastLogRecordsLosesOnlyThatTransaction() {
        int writesPerCommit = writesOfOneCommit();
        List<String> cases = new ArrayList<>();
        for (int nth = 1; nth <= writesPerCommit; nth++) {
            for (int bytes : new int[] {0, 1, 7, 20, 100, 5_000, 700_000}) {
                try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
                    db.execute(SCHEMA);
                    commitBatches(db, 1, 2);
                    int writeNumber = nth;
                    Throwable failure = failingCommit(db, 3, 15, BIG_PAYLOAD,
                            () -> db.backend().tearWrite(writeNumber, bytes));
                    String description = "write " + nth + " of " + writesPerCommit + " torn after " + bytes + " bytes";
                    assertThat(failure).as(description).isInstanceOf(DoSqlException.class);
                    db.powerLoss();
                    assertThat(groups(db)).as(description).containsExactly(1, 2);
                    assertIndexAgrees(db);
                    commitBatch(db, 4, 3, 100);
                    db.restart();
                    assertThat(groups(db)).as(description).containsExactly(1, 2, 4);
                    cases.add(description);
                }
            }
        }
        assertThat(cases).hasSize(writesPerCommit * 7);
    }

    /**
     * A write is torn but power stays on: the database goes on. Whatever it acknowledges afterwards must
     * survive a later power loss (a torn record left in the middle of the log must not hide them).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 7, 20, 5_000})
    void commitsAcknowledgedAfterATornWriteSurvivePowerLoss(int tornBytes) {
        try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
            db.execute(SCHEMA);
            commitBatches(db, 1, 2);
            Throwable failure = failingCommit(db, 3, 5, 10_000, () -> db.backend().tearWrite(1, tornBytes));
            assertThat(failure).isInstanceOf(DoSqlException.class);
            db.faults.clearFaults();

            boolean acknowledged = catchThrowable(() -> commitBatch(db, 4, 3, 100)) == null;
            db.powerLoss();
            assertThat(groups(db)).as("batch 4 %s", acknowledged ? "acknowledged" : "refused")
                    .containsExactlyElementsOf(acknowledged ? List.of(1, 2, 4) : List.of(1, 2));
            assertIndexAgrees(db);
        }
    }

    /**
     * A flipped byte in a page of the {@code data} file (phase 2) is reported as XX001 when read, never
     * answered wrongly. Skipped while databases have no page file.
     */
    @Test
    void corruptedDataPageReportsXX001NeverAWrongAnswer() {
        DurableOptions options = DurableOptions.defaults().withCheckpointWalBytes(256 * 1024);
        List<String> expected;
        MemoryBackend pristine;
        try (FaultyDatabase db = new FaultyDatabase(options)) {
            db.execute(SCHEMA);
            for (int batch = 1; batch <= 20; batch++) {
                commitBatch(db, batch, 50, 2_000);
            }
            db.restart();
            expected = contents(db);
            pristine = db.copyOfStorage();
        }
        Assumptions.assumeTrue(pristine.exists("data") && pristine.size("data") > 0,
                "no page file 'data' yet (durable phase 2)");
        long pages = pristine.size("data") / pristine.pageSize();
        int detected = 0;
        int harmless = 0;
        List<String> wrongAnswers = new ArrayList<>();
        // The first pages of the trees, then a sample of the rest. Not the two header pages (0 and 1): a
        // corrupt newest header silently rolls back to the previous checkpoint (FINDINGS.md #2), see
        // corruptedNewestCheckpointHeaderIsReportedNotRolledBack.
        for (long page = 2; page < pages; page += page < 16 ? 1 : 13) {
            MemoryBackend corrupted = copy(pristine);
            flipByte(corrupted, "data", page * corrupted.pageSize() + 100 + page % 3_000);
            List<String> answer = null;
            Throwable failure = null;
            try (FaultyDatabase db = new FaultyDatabase(corrupted, options)) {
                answer = contents(db);
            } catch (RuntimeException error) {
                failure = error;
            }
            if (failure != null) {
                assertThat(sqlState(failure)).as("byte flipped in page %d: %s", page, failure).isEqualTo("XX001");
                detected++;
            } else if (answer.equals(expected)) {
                harmless++;
            } else {
                wrongAnswers.add("page " + page + ": " + firstDifference(expected, answer));
            }
        }
        assertThat(wrongAnswers).as("a byte flipped in these pages of 'data' (of %d) gave a wrong answer instead of"
                + " XX001 (%d reported XX001, %d harmless)", pages, detected, harmless).isEmpty();
        assertThat(detected).as("corrupted pages reported as XX001 of %d", pages).isPositive();
    }

    /**
     * The checkpoint header pages alternate (generation % 2); when the newest one is corrupt the pager
     * opens the previous checkpoint. The log keeps everything since that previous checkpoint, so the
     * fallback replays the rest and nothing committed is lost (before that fix: 900 rows of 1000, no error).
     */
    @Test
    void corruptedNewestCheckpointHeaderIsReportedNotRolledBack() {
        DurableOptions options = DurableOptions.defaults().withCheckpointWalBytes(256 * 1024);
        MemoryBackend pristine;
        try (FaultyDatabase db = new FaultyDatabase(options)) {
            db.execute(SCHEMA);
            for (int batch = 1; batch <= 20; batch++) {
                commitBatch(db, batch, 50, 2_000);
            }
            db.restart();
            assertThat(db.query("SELECT count(*) FROM t")).containsExactly("1000");
            pristine = db.copyOfStorage();
        }
        for (long header = 0; header <= 1; header++) {
            MemoryBackend corrupted = copy(pristine);
            flipByte(corrupted, "data", header * corrupted.pageSize() + 100);
            Throwable failure = catchThrowable(() -> {
                try (FaultyDatabase db = new FaultyDatabase(corrupted, options)) {
                    assertThat(db.query("SELECT count(*) FROM t")).containsExactly("1000");
                }
            });
            if (failure instanceof AssertionError wrongAnswer) {
                throw new AssertionError("header page " + header + " corrupted: " + wrongAnswer.getMessage(), wrongAnswer);
            }
            // the log reaches back to the previous checkpoint, so falling back to it loses nothing
            assertThat(failure).as("header page %d corrupted", header).isNull();
        }
    }

    // ---- helpers

    /** Begins batch {@code batch}, arms {@code fault} before its COMMIT, and returns what the COMMIT threw. */
    private static Throwable failingCommit(FaultyDatabase db, int batch, int rows, int payload, Runnable fault) {
        try (Session session = db.database().openSession()) {
            session.executeScript("BEGIN").forEach(StatementResult::close);
            session.executeScript(insertBatch(batch, rows, payload)).forEach(StatementResult::close);
            fault.run();
            Throwable failure = catchThrowable(() -> session.executeScript("COMMIT").forEach(StatementResult::close));
            assertThat(failure).as("COMMIT of batch %d with the fault armed", batch).isNotNull();
            return failure;
        }
    }

    private static void commitBatches(FaultyDatabase db, int... batches) {
        for (int batch : batches) {
            commitBatch(db, batch, 5, 100);
        }
    }

    private static void commitBatch(FaultyDatabase db, int batch, int rows, int payload) {
        try (Session session = db.database().openSession()) {
            session.executeScript("BEGIN; " + insertBatch(batch, rows, payload) + "; COMMIT")
                    .forEach(StatementResult::close);
        }
    }

    private static String insertBatch(int batch, int rows, int payload) {
        StringBuilder sql = new StringBuilder("INSERT INTO t (id, grp, payload) VALUES ");
        for (int row = 0; row < rows; row++) {
            String text = Character.toString('a' + (batch + row) % 26).repeat(payload);
            sql.append(row == 0 ? "" : ", ").append('(').append(batch * 1_000 + row).append(", ").append(batch)
                    .append(", '").append(text).append("')");
        }
        return sql.toString();
    }

    /** The groups present, each checked to be whole (all its rows, with their payloads). */
    private static List<Integer> groups(FaultyDatabase db) {
        List<Integer> groups = new ArrayList<>();
        for (String row : db.query("SELECT grp, count(*), count(DISTINCT id) FROM t GROUP BY grp ORDER BY grp")) {
            String[] fields = row.split("\\|");
            groups.add(Integer.parseInt(fields[0]));
            assertThat(fields[1]).as("rows of group %s are unique", fields[0]).isEqualTo(fields[2]);
        }
        return groups;
    }

    private static void assertIndexAgrees(FaultyDatabase db) {
        List<String> byIndex = new ArrayList<>();
        List<String> byScan = new ArrayList<>();
        for (int group = 0; group <= 8; group++) {
            byIndex.addAll(db.query("SELECT id FROM t WHERE grp = " + group + " ORDER BY id"));
            byScan.addAll(db.query("SELECT id FROM t WHERE grp + 0 = " + group + " ORDER BY id"));
        }
        assertThat(byIndex).as("index t_grp vs scan").isEqualTo(byScan);
        assertThat(db.query("SELECT count(*) FROM t WHERE id >= 0")).isEqualTo(db.query("SELECT count(*) FROM t"));
    }

    private static List<String> contents(FaultyDatabase db) {
        return db.query("SELECT id, grp, length(payload), substr(payload, 1, 3) FROM t ORDER BY id");
    }

    /** How many storage writes the COMMIT of the torn-write test's transaction makes (measured, not assumed). */
    private static int writesOfOneCommit() {
        try (FaultyDatabase db = new FaultyDatabase(DurableOptions.defaults())) {
            db.execute(SCHEMA);
            commitBatches(db, 1, 2);
            try (Session session = db.database().openSession()) {
                session.executeScript("BEGIN").forEach(StatementResult::close);
                session.executeScript(insertBatch(3, 15, BIG_PAYLOAD)).forEach(StatementResult::close);
                long before = db.faults.writeCount();
                session.executeScript("COMMIT").forEach(StatementResult::close);
                int writes = (int) (db.faults.writeCount() - before);
                assertThat(writes).as("writes of one COMMIT").isPositive();
                return writes;
            }
        }
    }

    private static String sqlState(Throwable failure) {
        return failure instanceof DoSqlException error ? error.sqlState() : "not a DoSqlException: " + failure;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int index = 0; index < Math.min(expected.size(), actual.size()); index++) {
            if (!expected.get(index).equals(actual.get(index))) {
                return "row " + index + " is " + actual.get(index) + " instead of " + expected.get(index);
            }
        }
        return actual.size() + " rows instead of " + expected.size();
    }

    private static MemoryBackend copy(MemoryBackend source) {
        MemoryBackend copy = new MemoryBackend(source.pageSize());
        for (String name : source.list("")) {
            ByteBuffer bytes = ByteBuffer.allocate((int) source.size(name));
            source.read(name, 0, bytes);
            bytes.flip();
            copy.write(name, 0, bytes);
        }
        return copy;
    }

    private static void flipByte(MemoryBackend storage, String name, long position) {
        ByteBuffer one = ByteBuffer.allocate(1);
        storage.read(name, position, one);
        one.flip();
        byte flipped = (byte) (one.get(0) ^ 0x5A);
        storage.write(name, position, ByteBuffer.wrap(new byte[] {flipped}));
    }
}
