package io.dosql.bench.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the concurrent-commit harness briefly on a durable DoSQL database and checks the outcome, not the
 * speed: transactions committed, the tables agree with the acknowledged commits, and fsyncs were seen.
 */
class CommitRunTest {
    private static final int ROWS = 200;

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void commitsLandAndTheTablesAgreeWithThem(int connections, @TempDir Path directory) throws Exception {
        CommitRun run = new CommitRun(ROWS, Duration.ofMillis(50), Duration.ofMillis(300));
        try (DoSqlFileTarget target = DoSqlFileTarget.in("dosql-file", directory, "")) {
            CommitResult result = run.run(target, connections);

            assertThat(result.connections()).isEqualTo(connections);
            assertThat(result.totalCommits()).isPositive();
            assertThat(result.measuredCommits()).isBetween(0L, result.totalCommits());
            assertThat(result.retries()).isGreaterThanOrEqualTo(0);
            // Checked again here, independently of the run's own check.
            CommitSchema.Totals totals = CommitSchema.totals(target);
            assertThat(totals.accounts()).isEqualTo(ROWS);
            assertThat(totals.balanceSum()).isEqualTo(result.totalCommits());
            assertThat(totals.historyRows()).isEqualTo(result.totalCommits());
            assertThat(result.consistent()).isTrue();
            // fsync on commit: every acknowledged commit is covered by a log sync, so there was at least one.
            assertThat(result.syncs().logSyncs()).isPositive();
        }
    }
}
