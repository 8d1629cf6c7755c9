package io.dosql.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.Test;

class TransactionManagerTest {
    private final TransactionManager manager = new TransactionManager();
    private final Object table = new Object();

    @Test
    void writeSkewAbortsTheSecondCommitter() {
        Txn first = manager.begin(IsolationLevel.SERIALIZABLE);
        Txn second = manager.begin(IsolationLevel.SERIALIZABLE);
        manager.snapshot(first);
        manager.snapshot(second);
        first.noteRead(table);
        second.noteRead(table);
        first.noteWrite(table);
        second.noteWrite(table);
        manager.checkCommit(first);
        manager.commit(first);
        assertThatThrownBy(() -> manager.checkCommit(second))
                .isInstanceOfSatisfying(DoSqlException.class, error -> assertThat(error.sqlState()).isEqualTo("40001"));
    }

    @Test
    void aReadOnlyTransactionBeforeAWriterCommitsBoth() {
        Txn reader = manager.begin(IsolationLevel.SERIALIZABLE);
        Txn writer = manager.begin(IsolationLevel.SERIALIZABLE);
        manager.snapshot(reader);
        manager.snapshot(writer);
        reader.noteRead(table);
        writer.noteWrite(table);
        manager.checkCommit(writer);
        manager.commit(writer);
        manager.checkCommit(reader);
        manager.commit(reader);
        assertThat(reader.status()).isEqualTo(Txn.Status.COMMITTED);
    }

    @Test
    void transactionsThatDoNotOverlapNeverConflict() {
        Txn first = manager.begin(IsolationLevel.SERIALIZABLE);
        manager.snapshot(first);
        first.noteRead(table);
        first.noteWrite(table);
        manager.checkCommit(first);
        manager.commit(first);
        Txn second = manager.begin(IsolationLevel.SERIALIZABLE);
        manager.snapshot(second);
        second.noteRead(table);
        second.noteWrite(table);
        manager.checkCommit(second);
        manager.commit(second);
        assertThat(second.status()).isEqualTo(Txn.Status.COMMITTED);
    }
}
