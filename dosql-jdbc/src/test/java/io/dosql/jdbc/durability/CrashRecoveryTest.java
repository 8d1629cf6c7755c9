package io.dosql.jdbc.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The durability proof through JDBC: a child JVM runs a seeded random write load on a database and is
 * killed with SIGKILL at random moments; after each kill the database is reopened here and must hold
 * every acknowledged transaction, the in-flight one wholly or not at all, balanced ledgers, indexes that
 * agree with their tables and identity values that never repeat (see {@link CrashVerifier}).
 *
 * <p>CI runs 20 kills on DoSQL; {@code scripts/crash-test.sh [KILLS]} runs more and prints the figures.
 * System properties: {@code dosql.crash.kills}, {@code dosql.crash.seed}.
 */
class CrashRecoveryTest {
    private static final int KILLS = Integer.getInteger("dosql.crash.kills", 20);
    private static final long SEED = Long.getLong("dosql.crash.seed", 20261123L);

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void acknowledgedTransactionsSurviveSigkillOnDoSql() throws Exception {
        CrashFigures figures = campaign(CrashTarget.DOSQL, CrashTarget.DEFAULT_OPTIONS, KILLS);

        assertThat(figures.failures).as(figures.format(CrashTarget.DOSQL, SEED, 0)).isEmpty();
        assertThat(figures.kills).isEqualTo(KILLS);
        assertThat(figures.recoveries).isEqualTo(KILLS);
        assertThat(figures.acknowledged).as("transactions acknowledged across the kills").isGreaterThan(KILLS);
        assertThat(figures.verifiedCommits).isPositive();
        assertThat(figures.lostAcknowledged).isZero();
    }

    /**
     * With {@code synchronous_commit=off} a crash may take back the latest acknowledged commits, but what
     * survives must be exactly a prefix of them: no hole, no half transaction.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aPrefixOfTheAcknowledgedTransactionsSurvivesWithSynchronousCommitOff() throws Exception {
        String options = CrashTarget.DEFAULT_OPTIONS + "&synchronous_commit=off";
        CrashFigures figures = campaign(CrashTarget.DOSQL, options, 8);

        assertThat(figures.failures).as(figures.format(CrashTarget.DOSQL, SEED, 0)).isEmpty();
        assertThat(figures.recoveries).isEqualTo(8);
        assertThat(figures.verifiedCommits).isPositive();
    }

    /** The same harness on SQLite, which is known to be durable: proves the harness itself, cheaply. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void harnessFindsNothingWrongWithSqlite() throws Exception {
        CrashFigures figures = campaign(CrashTarget.SQLITE, "", 4);

        assertThat(figures.failures).as(figures.format(CrashTarget.SQLITE, SEED, 0)).isEmpty();
        assertThat(figures.recoveries).isEqualTo(4);
    }

    /** Without a kill, the database after N transactions is exactly what the parent's plans predict. */
    @ParameterizedTest
    @EnumSource(CrashTarget.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void plansPredictTheDatabaseExactly(CrashTarget target) throws Exception {
        Path database = Files.createDirectories(directory.resolve("db"));
        CrashWorkload.run(target, CrashTarget.DEFAULT_OPTIONS, database, SEED, 1, 150, discard());
        CrashVerifier.Expectation expectation = expectationAfter(150);

        try (Connection connection = DriverManager.getConnection(target.url(database, CrashTarget.DEFAULT_OPTIONS))) {
            CrashVerifier.Outcome outcome = CrashVerifier.verify(connection, expectation);
            assertThat(outcome.failures()).isEmpty();
            assertThat(outcome.inFlightPresent()).isFalse();
            assertThat(outcome.commits()).isEqualTo(expectation.commitsWithoutInFlight());
        }
    }

    /** The verifier is not blind: a lost commit and a wrong balance are each reported. */
    @ParameterizedTest
    @EnumSource(CrashTarget.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void verifierReportsALostCommitAndAWrongBalance(CrashTarget target) throws Exception {
        Path database = Files.createDirectories(directory.resolve("db"));
        CrashWorkload.run(target, CrashTarget.DEFAULT_OPTIONS, database, SEED, 1, 60, discard());
        CrashVerifier.Expectation expectation = expectationAfter(60);
        long lastCommit = expectation.commitsWithoutInFlight().lastKey();

        try (Connection connection = DriverManager.getConnection(target.url(database, CrashTarget.DEFAULT_OPTIONS));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM commits WHERE txn = " + lastCommit);
            assertThat(CrashVerifier.verify(connection, expectation).failures())
                    .anySatisfy(failure -> assertThat(failure).contains("acknowledged but missing [" + lastCommit + "]"));

            statement.executeUpdate("INSERT INTO commits (txn, statements) VALUES (" + lastCommit + ", "
                    + expectation.commitsWithoutInFlight().get(lastCommit) + ")");
            statement.executeUpdate("UPDATE accounts SET balance = balance + 1 WHERE id = (SELECT min(id) FROM accounts)");
            assertThat(CrashVerifier.verify(connection, expectation).failures())
                    .anySatisfy(failure -> assertThat(failure).contains("contents differ"))
                    .anySatisfy(failure -> assertThat(failure).contains("not the sum of their ledger deltas"));
        }
    }

    private CrashFigures campaign(CrashTarget target, String options, int kills) throws Exception {
        CrashCampaign campaign = new CrashCampaign(target, options, directory, SEED, kills, 1_500, null);
        long start = System.nanoTime();
        CrashFigures figures = campaign.run();
        String report = figures.format(target, SEED, (System.nanoTime() - start) / 1e9);
        Path reportFile = Path.of("target", "crash-test-" + target.name().toLowerCase()
                + (target.commitsMayBeLost(options) ? "-async" : "") + ".txt");
        if (Files.isDirectory(reportFile.getParent())) {
            Files.writeString(reportFile, report, StandardCharsets.UTF_8);
        }
        return figures;
    }

    private static CrashVerifier.Expectation expectationAfter(long transactions) {
        BankState state = new BankState();
        TreeMap<Long, Integer> commits = new TreeMap<>();
        for (long transaction = 1; transaction <= transactions; transaction++) {
            TransactionPlan plan = WorkloadPlanner.plan(SEED, transaction, state);
            state = plan.after();
            if (plan.commits()) {
                commits.put(transaction, plan.steps().size());
            }
        }
        return new CrashVerifier.Expectation(state, commits, WorkloadPlanner.plan(SEED, transactions + 1, state),
                0, 0);
    }

    private static PrintStream discard() {
        return new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8);
    }
}
