package io.dosql.jdbc.durability;

import java.util.List;
import java.util.Objects;

/**
 * What crash-workload transaction {@code transaction} does: its statements, whether it ends in COMMIT or
 * ROLLBACK, and the state it leaves behind (the state it started from when it rolls back).
 */
record TransactionPlan(long transaction, List<Step> steps, boolean commits, BankState after) {
    TransactionPlan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(after, "after is null");
    }
}
