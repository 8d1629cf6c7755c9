package io.dosql.wal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property test with a fixed seed: a write load is cut by a simulated power loss at a random point
 * (sometimes inside a torn write), then the log is recovered and checked against what was acknowledged.
 */
class WalCrashRecoveryTest {
    private static final int ROUNDS = 300;

    /** Every transaction the load started: its payloads, and what the writer told us about its commit. */
    private final Map<Long, List<byte[]>> payloadsByTransaction = new LinkedHashMap<>();
    /** Acknowledged commits in commit order, with their COMMIT LSNs. */
    private final Map<Long, Long> acknowledged = new LinkedHashMap<>();
    private final Set<Long> uncertain = new HashSet<>();
    private final Set<Long> neverCommitted = new HashSet<>();

    private SyncMode syncMode;
    private int lostCommits;

    /**
     * FULL: every acknowledged commit survives. OFF: the survivors are a prefix of the acknowledged
     * commits (recent ones may be lost, never a half transaction, never one out of order).
     */
    @ParameterizedTest
    @EnumSource(SyncMode.class)
    void everyAcknowledgedCommitSurvivesAndNothingElseAppears(SyncMode mode) {
        this.syncMode = mode;
        Random random = new Random(20_261_123L);
        FaultInjectingBackend backend = new FaultInjectingBackend(new MemoryBackend(4096));
        long nextTransactionId = 1;
        int tornTails = 0;
        int crashesInsideWrites = 0;
        int checkpoints = 0;

        for (int round = 0; round < ROUNDS; round++) {
            WalWriter writer = WalWriter.open(backend, WalTestSupport.smallSegments().withSyncMode(mode));
            RecoveredLog recovered = writer.recovered();
            check(recovered);
            tornTails += recovered.tornTail() ? 1 : 0;
            assertThat(cleanAfterRecovery(backend)).as("round %d: torn tail was cut", round).isTrue();

            int operations = 1 + random.nextInt(40);
            int tearAt = random.nextInt(3) == 0 ? random.nextInt(operations) : -1;
            List<Long> open = new ArrayList<>();
            try {
                for (int operation = 0; operation < operations; operation++) {
                    if (operation == tearAt) {
                        backend.tearNextWrite(random.nextInt(WalFormat.RECORD_HEADER_SIZE + 60));
                    }
                    int choice = random.nextInt(10);
                    if (choice == 9 && random.nextInt(8) == 0) {
                        // The caller has made everything so far durable elsewhere.
                        writer.checkpoint(writer.endLsn());
                        checkpoints++;
                    } else if (open.isEmpty() || choice < 3) {
                        long transactionId = nextTransactionId++;
                        open.add(transactionId);
                        payloadsByTransaction.put(transactionId, new ArrayList<>());
                        neverCommitted.add(transactionId);
                        writer.begin(transactionId);
                    } else {
                        long transactionId = open.get(random.nextInt(open.size()));
                        if (choice < 7) {
                            byte[] payload = new byte[random.nextInt(300)];
                            random.nextBytes(payload);
                            payloadsByTransaction.get(transactionId).add(payload);
                            writer.data(transactionId, payload);
                        } else if (choice < 9) {
                            open.remove(transactionId);
                            neverCommitted.remove(transactionId);
                            uncertain.add(transactionId);
                            long commitLsn = writer.commit(transactionId);
                            uncertain.remove(transactionId);
                            acknowledged.put(transactionId, commitLsn);
                        } else {
                            open.remove(transactionId);
                            writer.abort(transactionId);
                        }
                    }
                }
            } catch (DoSqlException crashedInsideAWrite) {
                crashesInsideWrites++;
            }
            backend.crash();
        }
        check(WalRecovery.recover(backend));
        if (mode == SyncMode.FULL) {
            assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);
        } else {
            assertThat(lostCommits).as("OFF does lose recent commits on power loss").isPositive();
        }
        assertThat(tornTails).as("torn tails met").isGreaterThan(10);
        assertThat(crashesInsideWrites).as("crashes inside a write").isGreaterThan(10);
        assertThat(checkpoints).as("checkpoints taken").isGreaterThan(10);
        assertThat(backend.list("wal-")).as("retention deleted old segments").doesNotContain("wal-000001.log");
    }

    /**
     * Acknowledged commits since the last checkpoint all present in commit order, uncertain ones
     * resolved, nothing uncommitted.
     */
    private void check(RecoveredLog recovered) {
        List<Long> recoveredIds = new ArrayList<>();
        for (RecoveredTransaction transaction : recovered.committedTransactions()) {
            long id = transaction.transactionId();
            assertThat(neverCommitted).as("transaction %d never committed", id).doesNotContain(id);
            List<byte[]> expected = payloadsByTransaction.get(id);
            assertThat(transaction.payloads()).as("payloads of transaction %d", id).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(transaction.payloads().get(i)).isEqualTo(expected.get(i));
            }
            assertThat(transaction.commitLsn()).isGreaterThanOrEqualTo(recovered.checkpointLsn());
            recoveredIds.add(id);
            // A commit that failed mid-write either made it (it is durable now) or is gone for good.
            if (uncertain.remove(id)) {
                acknowledged.put(id, transaction.commitLsn());
            }
        }
        neverCommitted.addAll(uncertain);
        uncertain.clear();
        List<Long> expectedIds = new ArrayList<>();
        for (Map.Entry<Long, Long> commit : acknowledged.entrySet()) {
            if (commit.getValue() >= recovered.checkpointLsn()) {
                expectedIds.add(commit.getKey());
            }
        }
        if (syncMode == SyncMode.FULL) {
            assertThat(recoveredIds).isEqualTo(expectedIds);
            return;
        }
        assertThat(recoveredIds).isEqualTo(expectedIds.subList(0, recoveredIds.size()));
        for (Long lost : expectedIds.subList(recoveredIds.size(), expectedIds.size())) {
            acknowledged.remove(lost);
            neverCommitted.add(lost);
            lostCommits++;
        }
    }

    private static boolean cleanAfterRecovery(FaultInjectingBackend backend) {
        WalReader reader = WalReader.open(backend);
        reader.forEachRemaining(record -> { });
        return reader.stopReason() == WalStopReason.END_OF_LOG;
    }
}
