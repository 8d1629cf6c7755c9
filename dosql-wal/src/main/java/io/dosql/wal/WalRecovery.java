package io.dosql.wal;

import io.dosql.core.ErrorCode;
import io.dosql.fsx.StorageBackend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovery on open: reads the log, keeps the transactions that committed, drops aborted and
 * unfinished ones, and cuts the torn tail off so that new records start at a clean point.
 *
 * <h2>Invariants after {@link #recover}</h2>
 * <ol>
 *   <li>Every record in the remaining log is valid; the log ends exactly after the last valid record
 *       (the segment is truncated there, later segments are deleted, and the cut is synced).</li>
 *   <li>Returned transactions committed at an LSN at or after the last checkpoint's LSN, in commit
 *       order; each carries all its DATA payloads (retention never deletes a segment holding records
 *       of a transaction that is open or committed after the checkpoint — see {@link WalWriter}).</li>
 *   <li>A transaction without COMMIT is never returned, whether it was aborted, unfinished or torn.</li>
 * </ol>
 */
public final class WalRecovery {
    private WalRecovery() {
    }

    /** Recovers the log in {@code backend} (which may hold no log yet). */
    public static RecoveredLog recover(StorageBackend backend) {
        List<Long> segments = WalReader.segmentNumbers(backend);
        WalReader reader = WalReader.open(backend);
        Map<Long, List<byte[]>> open = new LinkedHashMap<>();
        List<RecoveredTransaction> committed = new ArrayList<>();
        long checkpointLsn = 0;
        long maxTransactionId = 0;
        while (reader.hasNext()) {
            WalRecord record = reader.next();
            maxTransactionId = Math.max(maxTransactionId, record.transactionId());
            switch (record.type()) {
                case BEGIN -> open.computeIfAbsent(record.transactionId(), id -> new ArrayList<>());
                case DATA -> open.computeIfAbsent(record.transactionId(), id -> new ArrayList<>()).add(record.payload());
                case COMMIT -> {
                    List<byte[]> payloads = open.remove(record.transactionId());
                    committed.add(new RecoveredTransaction(record.transactionId(), record.lsn(),
                            payloads == null ? List.of() : payloads));
                }
                case ABORT -> open.remove(record.transactionId());
                case CHECKPOINT -> checkpointLsn = WalFormat.decodeLong(record.payload());
                default -> throw new IllegalStateException("unhandled record type " + record.type());
            }
        }
        boolean tornTail = reader.stopReason() == WalStopReason.TORN_TAIL;
        long endSegment = reader.endSegment();
        if (tornTail && !segments.isEmpty() && endSegment < segments.get(0) && segments.size() > 1) {
            // The oldest segment's header was synced long ago; losing it is corruption, not a torn tail.
            throw ErrorCode.DATA_CORRUPTED.exception(0, WalFormat.segmentName(segments.get(0)),
                    "invalid write-ahead log segment header");
        }
        long truncatedBytes = cutTail(backend, segments, endSegment, reader.endOffset());
        final long checkpoint = checkpointLsn;
        List<RecoveredTransaction> toReplay = new ArrayList<>();
        for (RecoveredTransaction transaction : committed) {
            if (transaction.commitLsn() >= checkpoint) {
                toReplay.add(transaction);
            }
        }
        int segmentSize = endSegment >= 1 ? reader.segmentSize() : -1;
        return new RecoveredLog(segmentSize, endSegment, reader.endOffset(), toReplay, checkpoint,
                maxTransactionId, List.copyOf(open.keySet()), truncatedBytes, tornTail);
    }

    /**
     * Deletes every segment after {@code endSegment} (newest first), then truncates {@code endSegment} at
     * {@code endOffset}. In that order a crash midway never leaves valid records behind a hole.
     */
    private static long cutTail(StorageBackend backend, List<Long> segments, long endSegment, long endOffset) {
        long truncated = 0;
        for (int index = segments.size() - 1; index >= 0 && segments.get(index) > endSegment; index--) {
            String name = WalFormat.segmentName(segments.get(index));
            truncated += backend.size(name);
            backend.delete(name);
        }
        if (segments.contains(endSegment)) {
            String name = WalFormat.segmentName(endSegment);
            long size = backend.size(name);
            if (size > endOffset) {
                truncated += size - endOffset;
                backend.truncate(name, endOffset);
                backend.sync(name);
            }
        }
        return truncated;
    }
}
