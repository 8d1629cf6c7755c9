package io.dosql.wal;

import static io.dosql.wal.WalTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

/** commitNoWait appends COMMIT without an fsync; the commit counts once a later flush covers it. */
class WalCommitNoWaitTest {
    @Test
    void commitBecomesDurableOnlyWhenFlushed() {
        FaultInjectingBackend backend = new FaultInjectingBackend(new MemoryBackend(4096));
        WalWriter writer = WalWriter.open(backend, WalOptions.defaults());
        writer.data(1, text("first"));
        long first = writer.commitNoWait(1);
        assertThat(writer.flushedLsn()).isLessThan(first);
        writer.waitUntilDurable(first);
        assertThat(writer.flushedLsn()).isGreaterThanOrEqualTo(first);

        writer.data(2, text("second"));
        long second = writer.commitNoWait(2);
        assertThat(writer.flushedLsn()).isLessThan(second);
        assertThat(writer.counters().commits()).isEqualTo(2);
        backend.crash();
        // Not flushed: lost by the crash, while the first survives.
        assertThat(WalRecovery.recover(backend).committedTransactions())
                .extracting(RecoveredTransaction::transactionId).containsExactly(1L);
    }

    @Test
    void flushCoversEveryEarlierNoWaitCommit() {
        FaultInjectingBackend backend = new FaultInjectingBackend(new MemoryBackend(4096));
        WalWriter writer = WalWriter.open(backend, WalOptions.defaults());
        long last = 0;
        for (long transaction = 1; transaction <= 5; transaction++) {
            writer.data(transaction, text("row " + transaction));
            last = writer.commitNoWait(transaction);
        }
        long syncs = backend.syncCount();
        writer.flush();
        assertThat(backend.syncCount()).isEqualTo(syncs + 1);
        assertThat(writer.flushedLsn()).isGreaterThanOrEqualTo(last);
        backend.crash();
        assertThat(WalRecovery.recover(backend).committedTransactions()).hasSize(5);
    }
}
