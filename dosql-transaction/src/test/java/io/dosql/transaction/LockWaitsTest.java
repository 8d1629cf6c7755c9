package io.dosql.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LockWaitsTest {
    private final TransactionManager manager = new TransactionManager();
    private final LockWaits waits = new LockWaits();

    @Test
    void theWaitThatClosesACycleIsTheVictim() throws Exception {
        Txn first = manager.begin(IsolationLevel.READ_COMMITTED);
        Txn second = manager.begin(IsolationLevel.READ_COMMITTED);
        CompletableFuture<Void> firstWaits = CompletableFuture.runAsync(
                () -> waits.await(first, second, 10_000, () -> { }, "row 2"));
        while (first.waitingFor == null) {
            Thread.onSpinWait();
        }
        assertThatThrownBy(() -> waits.await(second, first, 10_000, () -> { }, "row 1"))
                .isInstanceOfSatisfying(DoSqlException.class, error -> assertThat(error.sqlState()).isEqualTo("40P01"));
        manager.abort(second);
        firstWaits.get(5, TimeUnit.SECONDS);
        assertThat(first.waitingFor).isNull();
    }

    @Test
    void aWaitGivesUpAfterTheLockTimeout() {
        Txn holder = manager.begin(IsolationLevel.READ_COMMITTED);
        Txn waiter = manager.begin(IsolationLevel.READ_COMMITTED);
        assertThatThrownBy(() -> waits.await(waiter, holder, 100, () -> { }, "row 1"))
                .isInstanceOfSatisfying(DoSqlException.class, error -> assertThat(error.sqlState()).isEqualTo("55P03"));
    }
}
