package io.dosql.wal;

import static io.dosql.wal.WalTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.memory.MemoryBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Storage faults surface as DoSQL errors with PostgreSQL's SQLSTATEs, and reopening recovers. */
class WalFaultTest {
    private FaultInjectingBackend backend;

    @BeforeEach
    void setUp() {
        backend = new FaultInjectingBackend(new MemoryBackend(4096));
    }

    @Test
    void failedSyncIsFatalUntilReopened() {
        WalWriter writer = WalWriter.open(backend, WalOptions.defaults());
        writer.data(1, text("durable"));
        writer.commit(1);
        writer.data(2, text("not acknowledged"));
        backend.failNextSync();

        assertThatThrownBy(() -> writer.commit(2))
                .isInstanceOfSatisfying(DoSqlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR);
                    assertThat(e.sqlState()).isEqualTo("58030");
                });
        // The fault was one-shot, yet the writer refuses: a retried fsync could "succeed" falsely.
        assertThatThrownBy(() -> writer.data(3, text("x")))
                .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("58030"))
                .hasMessageContaining("reopened");
        assertThatThrownBy(() -> writer.commit(3)).isInstanceOf(DoSqlException.class);
        writer.close();

        backend.crash();
        try (WalWriter reopened = WalWriter.open(backend, WalOptions.defaults())) {
            assertThat(reopened.recovered().committedTransactions())
                    .extracting(RecoveredTransaction::transactionId).containsExactly(1L);
            reopened.data(4, text("works again"));
            reopened.commit(4);
        }
    }

    @Test
    void diskFullIs53100AndTheLogKeepsWorkingOnceThereIsRoom() {
        WalWriter writer = WalWriter.open(backend, WalOptions.defaults());
        writer.data(1, text("before"));
        writer.commit(1);
        backend.diskFullAfter(10);
        assertThatThrownBy(() -> writer.data(2, new byte[100]))
                .isInstanceOfSatisfying(DoSqlException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DISK_FULL);
                    assertThat(e.sqlState()).isEqualTo("53100");
                });
        backend.clearFaults();
        writer.abort(2);
        writer.data(3, text("after room was made"));
        writer.commit(3);
        writer.close();

        RecoveredLog recovered = WalRecovery.recover(backend);
        assertThat(recovered.committedTransactions()).extracting(RecoveredTransaction::transactionId)
                .containsExactly(1L, 3L);
        assertThat(recovered.tornTail()).isFalse();
    }

    @Test
    void failedWriteLeavesNoGapInTheLog() {
        try (WalWriter writer = WalWriter.open(backend, WalOptions.defaults())) {
            backend.failNextWrite();
            assertThatThrownBy(() -> writer.data(1, text("lost")))
                    .isInstanceOfSatisfying(DoSqlException.class, e -> assertThat(e.sqlState()).isEqualTo("58030"));
            writer.abort(1);
            writer.data(2, text("kept"));
            writer.commit(2);
        }
        assertThat(WalRecovery.recover(backend).committedTransactions())
                .extracting(RecoveredTransaction::transactionId).containsExactly(2L);
    }

    @Test
    void tornCommitRecordMeansTheTransactionDidNotCommit() {
        WalWriter writer = WalWriter.open(backend, WalOptions.defaults());
        writer.data(1, text("committed"));
        writer.commit(1);
        writer.data(2, text("torn"));
        backend.tearNextWrite(WalFormat.RECORD_HEADER_SIZE - 3);
        assertThatThrownBy(() -> writer.commit(2)).isInstanceOf(DoSqlException.class);
        backend.crash();

        RecoveredLog recovered = WalRecovery.recover(backend);
        assertThat(recovered.tornTail()).isTrue();
        assertThat(recovered.committedTransactions()).extracting(RecoveredTransaction::transactionId)
                .containsExactly(1L);
        WalReader reader = WalReader.open(backend);
        reader.forEachRemaining(record -> { });
        assertThat(reader.stopReason()).as("recovery cut the torn tail").isEqualTo(WalStopReason.END_OF_LOG);
    }

    @Test
    void whatRecoveryReadIsDurableBeforeItIsReplayed() {
        WalWriter crashedProcess = WalWriter.open(backend, WalOptions.defaults().withSyncMode(SyncMode.OFF));
        crashedProcess.data(1, text("in the page cache only"));
        crashedProcess.commit(1);
        // The process dies (no close, no sync); the next one recovers and replays transaction 1 ...
        WalWriter next = WalWriter.open(backend, WalOptions.defaults());
        assertThat(next.recovered().committedTransactions()).hasSize(1);
        // ... so a power loss now must not take transaction 1 away again.
        backend.crash();
        assertThat(WalRecovery.recover(backend).committedTransactions())
                .extracting(RecoveredTransaction::transactionId).containsExactly(1L);
    }
}
