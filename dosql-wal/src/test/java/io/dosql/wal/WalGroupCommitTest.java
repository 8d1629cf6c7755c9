package io.dosql.wal;

import static io.dosql.wal.WalTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent commits share fsyncs: the leader's sync covers everything appended before it started. */
class WalGroupCommitTest {
    private static final int THREADS = 16;

    @Test
    void sixteenConcurrentCommitsNeedFarFewerSyncs() throws Exception {
        MemoryBackend memory = new MemoryBackend(4096);
        GatedSyncBackend backend = new GatedSyncBackend(memory);
        WalWriter writer = WalWriter.open(backend, WalOptions.defaults());
        // The first leader's sync waits until all 16 COMMIT records are appended; all 15 others are
        // then waiting, and the next leader's single sync covers them all.
        backend.holdFirstSyncUntil(() -> writer.counters().records() >= 2L * THREADS);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> commits = new ArrayList<>();
        try {
            for (int thread = 1; thread <= THREADS; thread++) {
                long transactionId = thread;
                commits.add(pool.submit(() -> {
                    start.await();
                    writer.data(transactionId, text("row of " + transactionId));
                    return writer.commit(transactionId);
                }));
            }
            start.countDown();
            for (Future<Long> commit : commits) {
                assertThat(commit.get()).isLessThan(writer.flushedLsn());
            }
        } finally {
            pool.shutdownNow();
        }

        WalCounters counters = writer.counters();
        assertThat(counters.commits()).isEqualTo(THREADS);
        assertThat(counters.syncs()).isLessThan(counters.commits()).isLessThanOrEqualTo(2);
        writer.close();
        assertThat(WalRecovery.recover(memory).committedTransactions()).hasSize(THREADS);
    }

    @Test
    void syncModeOffNeverSyncsAtCommit() {
        MemoryBackend backend = new MemoryBackend(4096);
        try (WalWriter writer = WalWriter.open(backend, WalOptions.defaults().withSyncMode(SyncMode.OFF))) {
            for (int transaction = 1; transaction <= 10; transaction++) {
                writer.data(transaction, text("x"));
                writer.commit(transaction);
            }
            assertThat(writer.counters().commits()).isEqualTo(10);
            assertThat(writer.counters().syncs()).isZero();
        }
        assertThat(WalRecovery.recover(backend).committedTransactions()).hasSize(10);
    }
}
