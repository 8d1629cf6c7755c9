package io.dosql.wal;

import static io.dosql.wal.WalTestSupport.payloadTexts;
import static io.dosql.wal.WalTestSupport.smallSegments;
import static io.dosql.wal.WalTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

/** Checkpoints bound recovery, and retention deletes old segments only when nothing still needs them. */
class WalCheckpointTest {
    private final MemoryBackend backend = new MemoryBackend(4096);

    /** Commits {@code count} transactions of about 500 bytes each, numbered from {@code firstId}. */
    private static void commitMany(WalWriter writer, long firstId, int count) {
        for (long id = firstId; id < firstId + count; id++) {
            writer.data(id, new byte[500]);
            writer.commit(id);
        }
    }

    private long firstSegment() {
        return WalFormat.segmentNumber(backend.list("wal-").get(0));
    }

    @Test
    void checkpointDeletesOldSegmentsAndBoundsRecovery() {
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            commitMany(writer, 1, 80);
            assertThat(backend.list("wal-")).hasSizeGreaterThan(8);
            writer.checkpoint(writer.endLsn());
            assertThat(backend.list("wal-")).hasSize(1);
            writer.data(100, text("after the checkpoint"));
            writer.commit(100);
        }
        RecoveredLog recovered = WalRecovery.recover(backend);
        assertThat(recovered.committedTransactions()).extracting(RecoveredTransaction::transactionId)
                .containsExactly(100L);
        assertThat(recovered.checkpointLsn()).isPositive();
    }

    @Test
    void minimumSegmentsKeptIsRespected() {
        try (WalWriter writer = WalWriter.open(backend, smallSegments().withMinimumSegmentsKept(3))) {
            commitMany(writer, 1, 80);
            writer.checkpoint(writer.endLsn());
            assertThat(backend.list("wal-")).hasSize(3);
        }
    }

    @Test
    void anOpenTransactionKeepsItsFirstSegment() {
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            writer.data(1, text("long transaction, part 1"));
            commitMany(writer, 2, 80);
            writer.checkpoint(writer.endLsn());
            assertThat(firstSegment()).isEqualTo(1);
            writer.data(1, text("long transaction, part 2"));
            writer.commit(1);
            writer.checkpoint(writer.endLsn());
            assertThat(firstSegment()).as("released once it committed before the checkpoint").isGreaterThan(1);
        }
    }

    @Test
    void aTransactionCommittedAfterTheCheckpointLsnKeepsAllItsPayloads() {
        long durableLsn;
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            writer.data(1, text("early part"));
            commitMany(writer, 2, 40);
            durableLsn = writer.endLsn();
            writer.data(1, text("late part"));
            writer.commit(1);
            commitMany(writer, 50, 40);
            writer.checkpoint(durableLsn);
        }
        RecoveredLog recovered = WalRecovery.recover(backend);
        RecoveredTransaction first = recovered.committedTransactions().get(0);
        assertThat(first.transactionId()).isEqualTo(1);
        assertThat(payloadTexts(first)).containsExactly("early part", "late part");
        assertThat(recovered.committedTransactions()).hasSize(41);
    }

    @Test
    void aReaderHoldKeepsSegmentsUntilReleased() {
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            commitMany(writer, 1, 20);
            WalHold hold = writer.hold(writer.endLsn());
            long heldSegment = WalFormat.segmentOf(hold.fromLsn(), writer.segmentSize());
            commitMany(writer, 100, 60);
            writer.checkpoint(writer.endLsn());
            assertThat(firstSegment()).isEqualTo(heldSegment);

            WalReader reader = WalReader.open(backend, hold.fromLsn());
            assertThat(reader.next().transactionId()).isEqualTo(100);
            hold.close();
            writer.checkpoint(writer.endLsn());
            assertThat(backend.list("wal-")).hasSize(1);
        }
    }
}
