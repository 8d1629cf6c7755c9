package io.dosql.wal;

import java.util.List;
import java.util.Objects;

/**
 * What recovery found: the committed transactions to replay (commit order, only those committed at or
 * after the last checkpoint's LSN), where the valid log ends, and what was cut off.
 *
 * @param segmentSize the log's segment size, or -1 when there was no valid log
 * @param endSegment the segment new records go to (0 when there is no valid segment)
 * @param endOffset the offset in {@code endSegment} where the next record goes
 * @param checkpointLsn the LSN named by the last CHECKPOINT record (0 when none)
 * @param maxTransactionId the largest transaction id seen (0 when none)
 * @param incompleteTransactionIds transactions with neither COMMIT nor ABORT (discarded)
 * @param truncatedBytes bytes of torn or corrupt tail cut off (including dropped segments)
 * @param tornTail whether the log ended in a torn or corrupt tail rather than cleanly
 */
public record RecoveredLog(
        int segmentSize,
        long endSegment,
        long endOffset,
        List<RecoveredTransaction> committedTransactions,
        long checkpointLsn,
        long maxTransactionId,
        List<Long> incompleteTransactionIds,
        long truncatedBytes,
        boolean tornTail) {

    public RecoveredLog {
        committedTransactions = List.copyOf(Objects.requireNonNull(committedTransactions, "committedTransactions is null"));
        incompleteTransactionIds = List.copyOf(Objects.requireNonNull(incompleteTransactionIds, "incompleteTransactionIds is null"));
    }

    /** The LSN the next appended record gets (meaningful when {@code segmentSize > 0}). */
    public long endLsn() {
        return segmentSize < 0 ? 0 : WalFormat.segmentStartLsn(endSegment, segmentSize) + endOffset;
    }
}
