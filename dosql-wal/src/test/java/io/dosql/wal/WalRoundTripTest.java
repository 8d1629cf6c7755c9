package io.dosql.wal;

import static io.dosql.wal.WalTestSupport.payloadTexts;
import static io.dosql.wal.WalTestSupport.readAll;
import static io.dosql.wal.WalTestSupport.smallSegments;
import static io.dosql.wal.WalTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.fsx.StorageBackend;
import io.dosql.fsx.local.LocalFileBackend;
import io.dosql.fsx.memory.MemoryBackend;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records written by the writer read back identically, within and across segments. */
class WalRoundTripTest {
    @TempDir
    Path directory;

    @Test
    void recordsReadBackWithTheirLsns() {
        MemoryBackend backend = new MemoryBackend(4096);
        List<WalRecord> written = new ArrayList<>();
        try (WalWriter writer = WalWriter.open(backend, WalOptions.defaults())) {
            written.add(new WalRecord(writer.begin(7), 7, WalRecordType.BEGIN, new byte[0]));
            written.add(new WalRecord(writer.data(7, text("insert 1")), 7, WalRecordType.DATA, text("insert 1")));
            written.add(new WalRecord(writer.data(7, new byte[0]), 7, WalRecordType.DATA, new byte[0]));
            written.add(new WalRecord(writer.commit(7), 7, WalRecordType.COMMIT, new byte[0]));
        }
        assertThat(readAll(backend)).containsExactlyElementsOf(written);
        assertThat(written.get(0).lsn()).isEqualTo(WalFormat.SEGMENT_HEADER_SIZE);
        for (int i = 1; i < written.size(); i++) {
            assertThat(written.get(i).lsn()).isEqualTo(written.get(i - 1).endLsn());
        }
        assertThat(backend.list("")).containsExactly("wal-000001.log");
    }

    @Test
    void readerCrossesSegmentsAndStartsAtAnyRecord() {
        MemoryBackend backend = new MemoryBackend(4096);
        Random random = new Random(42);
        List<WalRecord> written = new ArrayList<>();
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            for (int i = 0; i < 300; i++) {
                byte[] payload = new byte[random.nextInt(400)];
                random.nextBytes(payload);
                long lsn = writer.data(i, payload);
                written.add(new WalRecord(lsn, i, WalRecordType.DATA, payload));
            }
        }
        assertThat(backend.list("wal-").size()).isGreaterThan(10);
        assertThat(readAll(backend)).containsExactlyElementsOf(written);

        WalRecord middle = written.get(150);
        WalReader reader = WalReader.open(backend, middle.lsn());
        List<WalRecord> tail = new ArrayList<>();
        reader.forEachRemaining(tail::add);
        assertThat(tail).containsExactlyElementsOf(written.subList(150, written.size()));
        assertThat(reader.stopReason()).isEqualTo(WalStopReason.END_OF_LOG);
    }

    @Test
    void recordsLargerThanASegmentAreRejected() {
        MemoryBackend backend = new MemoryBackend(4096);
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            assertThatThrownBy(() -> writer.data(1, new byte[writer.maximumPayloadSize() + 1]))
                    .isInstanceOf(IllegalArgumentException.class);
            writer.data(1, new byte[writer.maximumPayloadSize()]);
            writer.data(1, new byte[writer.maximumPayloadSize()]);
        }
        assertThat(readAll(backend)).hasSize(2);
    }

    @Test
    void recoveryReturnsCommittedTransactionsInCommitOrder() {
        MemoryBackend backend = new MemoryBackend(4096);
        try (WalWriter writer = WalWriter.open(backend, WalOptions.defaults())) {
            writer.data(1, text("one-a"));
            writer.data(2, text("two-a"));
            writer.data(3, text("three-a"));
            writer.data(1, text("one-b"));
            writer.commit(2);
            writer.abort(3);
            writer.commit(1);
            writer.data(4, text("never committed"));
        }
        RecoveredLog recovered = WalRecovery.recover(backend);
        assertThat(recovered.committedTransactions()).extracting(RecoveredTransaction::transactionId)
                .containsExactly(2L, 1L);
        assertThat(payloadTexts(recovered.committedTransactions().get(1))).containsExactly("one-a", "one-b");
        assertThat(recovered.incompleteTransactionIds()).containsExactly(4L);
        assertThat(recovered.maxTransactionId()).isEqualTo(4);
        assertThat(recovered.tornTail()).isFalse();
    }

    @Test
    void reopeningContinuesTheLogAndClosesUnfinishedTransactions() {
        MemoryBackend backend = new MemoryBackend(4096);
        long endBefore;
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            writer.data(1, text("done"));
            writer.commit(1);
            writer.data(2, text("left open"));
            endBefore = writer.endLsn();
        }
        try (WalWriter writer = WalWriter.open(backend, smallSegments())) {
            assertThat(writer.recovered().incompleteTransactionIds()).containsExactly(2L);
            assertThat(writer.endLsn()).as("an ABORT for transaction 2 was appended")
                    .isEqualTo(endBefore + WalFormat.RECORD_HEADER_SIZE);
            writer.data(3, text("after reopen"));
            writer.commit(3);
        }
        RecoveredLog recovered = WalRecovery.recover(backend);
        assertThat(recovered.committedTransactions()).extracting(RecoveredTransaction::transactionId)
                .containsExactly(1L, 3L);
        assertThat(recovered.incompleteTransactionIds()).isEmpty();
    }

    @Test
    void corruptTailIsCutAndNewRecordsFollowTheLastValidOne() {
        MemoryBackend backend = new MemoryBackend(4096);
        long secondCommit;
        try (WalWriter writer = WalWriter.open(backend, WalOptions.defaults())) {
            writer.data(1, text("kept"));
            writer.commit(1);
            writer.data(2, text("flipped"));
            secondCommit = writer.commit(2);
        }
        // Flip one payload byte of transaction 2's DATA record: its checksum no longer matches.
        long dataLsn = secondCommit - WalFormat.RECORD_HEADER_SIZE - "flipped".length();
        backend.write("wal-000001.log", dataLsn + WalFormat.RECORD_HEADER_SIZE, ByteBuffer.wrap(text("F")));

        try (WalWriter writer = WalWriter.open(backend, WalOptions.defaults())) {
            RecoveredLog recovered = writer.recovered();
            assertThat(recovered.tornTail()).isTrue();
            assertThat(recovered.truncatedBytes()).isEqualTo(2L * WalFormat.RECORD_HEADER_SIZE + "flipped".length());
            assertThat(recovered.committedTransactions()).extracting(RecoveredTransaction::transactionId)
                    .containsExactly(1L);
            assertThat(writer.endLsn()).isEqualTo(dataLsn);
            writer.data(3, text("next"));
            writer.commit(3);
        }
        WalReader reader = WalReader.open(backend);
        reader.forEachRemaining(record -> { });
        assertThat(reader.stopReason()).isEqualTo(WalStopReason.END_OF_LOG);
        assertThat(WalRecovery.recover(backend).committedTransactions())
                .extracting(RecoveredTransaction::transactionId).containsExactly(1L, 3L);
    }

    @Test
    void logOnLocalFilesSurvivesReopen() {
        try (StorageBackend backend = LocalFileBackend.open(directory, 4096);
             WalWriter writer = WalWriter.open(backend, smallSegments())) {
            for (int transaction = 1; transaction <= 50; transaction++) {
                writer.data(transaction, new byte[200]);
                writer.commit(transaction);
            }
            assertThat(writer.counters().commits()).isEqualTo(50);
            assertThat(writer.counters().syncs()).isGreaterThanOrEqualTo(50);
        }
        try (StorageBackend backend = LocalFileBackend.open(directory, 4096)) {
            RecoveredLog recovered = WalRecovery.recover(backend);
            assertThat(recovered.committedTransactions()).hasSize(50);
            assertThat(recovered.segmentSize()).isEqualTo(WalTestSupport.SMALL_SEGMENT);
            assertThat(backend.list("wal-")).hasSizeGreaterThan(2);
        }
    }
}
