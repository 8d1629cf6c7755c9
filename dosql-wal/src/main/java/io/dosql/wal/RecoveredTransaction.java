package io.dosql.wal;

import java.util.List;
import java.util.Objects;

/** A committed transaction found by recovery: its id, the LSN of its COMMIT record and its DATA payloads in log order. */
public record RecoveredTransaction(long transactionId, long commitLsn, List<byte[]> payloads) {
    public RecoveredTransaction {
        payloads = List.copyOf(Objects.requireNonNull(payloads, "payloads is null"));
    }
}
