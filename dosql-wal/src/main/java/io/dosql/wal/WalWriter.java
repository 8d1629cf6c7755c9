package io.dosql.wal;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.fsx.StorageBackend;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends records to the write-ahead log and makes commits durable, sharing one fsync among all
 * commits in flight (group commit). Byte layout: {@link WalFormat}.
 *
 * <h2>State</h2>
 * <pre>
 *   endLsn      next LSN to assign; bytes below it are written (page cache)    guarded by appendLock
 *   flushedLsn  bytes below it are durable                                     guarded by syncMonitor
 *   failure     set once an fsync fails; every later call throws               volatile
 * </pre>
 * <h2>Invariants</h2>
 * <ol>
 *   <li>{@code flushedLsn <= endLsn}; a commit returns (FULL mode) only once
 *       {@code flushedLsn >= } the end of its COMMIT record.</li>
 *   <li>At most one thread syncs at a time (the <em>leader</em>). It syncs everything appended up to
 *       the moment it starts, so committers that arrive meanwhile wait and are then covered by at
 *       most one more sync: N concurrent commits cost far fewer than N fsyncs.</li>
 *   <li>A segment is synced and trimmed to its last record before the next one is started
 *       ({@link WalFormat} invariant 3), so the leader only ever syncs the current segment.</li>
 *   <li>A failed write leaves {@code endLsn} unchanged (the next record overwrites the partial bytes);
 *       the caller must abort the transaction whose record failed.</li>
 *   <li>A failed fsync poisons the writer for good: it is closed to further appends and commits
 *       until the log is reopened and recovered. This is PostgreSQL's rule since 2018 ("fsyncgate"):
 *       after a failed fsync Linux may drop the dirty pages and mark them clean, so a retried fsync can
 *       succeed although the data never reached the disk. Only recovery from what is durable is safe.</li>
 *   <li>Retention deletes a segment only when it lies wholly before the horizon: the last checkpoint's
 *       LSN, the first record of every transaction that is open or committed at or after that LSN,
 *       every reader hold, and the {@link WalOptions#minimumSegmentsKept()} newest segments.
 *       Segments are deleted oldest first, so the retained log never has a hole.</li>
 * </ol>
 */
public final class WalWriter implements AutoCloseable {
    private final StorageBackend backend;
    private final WalOptions options;
    private final int segmentSize;
    private final RecoveredLog recovered;

    private final ReentrantLock appendLock = new ReentrantLock();
    private long currentSegment;
    private long endLsn;
    /** Transaction id to the LSN of its first record, for transactions without COMMIT/ABORT yet. */
    private final Map<Long, Long> openTransactions = new HashMap<>();
    /** (commit LSN, first LSN) of transactions committed since the last checkpoint. */
    private final ArrayDeque<long[]> recentCommits = new ArrayDeque<>();
    private long lastCheckpointLsn;

    private final Object syncMonitor = new Object();
    /** Largest record encoded into the reusable {@link #recordBuffer}; larger ones get their own array. */
    private static final int RECORD_BUFFER_LIMIT = 2 << 20;
    private byte[] recordBuffer;
    private long flushedLsn;
    private boolean syncInProgress;
    private volatile DoSqlException failure;
    private volatile boolean closed;

    private final Set<WalHold> holds = ConcurrentHashMap.newKeySet();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    private WalWriter(StorageBackend backend, WalOptions options, RecoveredLog recovered) {
        this.backend = backend;
        this.options = options;
        this.recovered = recovered;
        this.segmentSize = recovered.segmentSize() > 0 ? recovered.segmentSize() : options.segmentSize();
        this.lastCheckpointLsn = recovered.checkpointLsn();
        if (recovered.segmentSize() > 0) {
            currentSegment = recovered.endSegment();
            endLsn = recovered.endLsn();
            // What recovery read may have come from the page cache of a process that died before its
            // fsync; make it durable before anyone replays it (PostgreSQL fsyncs the data directory
            // when it starts after a crash, for the same reason).
            backend.sync(WalFormat.segmentName(currentSegment));
        } else {
            // No valid log: start after any segment recovery had to drop, so LSNs never go backwards.
            currentSegment = Math.max(1, recovered.endSegment() + 1);
            startSegment(currentSegment);
        }
        flushedLsn = endLsn;
    }

    /**
     * Recovers the log in {@code backend} (see {@link WalRecovery}) and opens it for appending; the
     * unfinished transactions recovery discarded get an ABORT record, so their ids are closed for good.
     */
    public static WalWriter open(StorageBackend backend, WalOptions options) {
        Objects.requireNonNull(backend, "backend is null");
        Objects.requireNonNull(options, "options is null");
        RecoveredLog recovered = WalRecovery.recover(backend);
        WalWriter writer = new WalWriter(backend, options, recovered);
        if (!recovered.incompleteTransactionIds().isEmpty()) {
            for (long transactionId : recovered.incompleteTransactionIds()) {
                writer.append(transactionId, WalRecordType.ABORT, new byte[0]);
            }
            writer.awaitDurable(writer.endLsn(), true);
        }
        return writer;
    }

    /** What recovery found when this writer was opened: the transactions the caller must replay. */
    public RecoveredLog recovered() {
        return recovered;
    }

    public int segmentSize() {
        return segmentSize;
    }

    /** The largest payload a record may carry (a record never spans segments). */
    public int maximumPayloadSize() {
        return segmentSize - WalFormat.SEGMENT_HEADER_SIZE - WalFormat.RECORD_HEADER_SIZE;
    }

    /** Appends a record (not yet durable) and returns its LSN. */
    public long append(long transactionId, WalRecordType type, byte[] payload) {
        Objects.requireNonNull(payload, "payload is null");
        return append(transactionId, type, payload, 0, payload.length);
    }

    /** Appends a record whose payload is {@code payload[offset, offset + length)}; returns its LSN. */
    public long append(long transactionId, WalRecordType type, byte[] payload, int offset, int length) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(payload, "payload is null");
        Objects.checkFromIndexSize(offset, length, payload.length);
        if (length > maximumPayloadSize()) {
            throw new IllegalArgumentException("WAL record payload of " + length
                    + " bytes exceeds the maximum of " + maximumPayloadSize());
        }
        appendLock.lock();
        try {
            checkUsable();
            int recordLength = WalFormat.RECORD_HEADER_SIZE + length;
            if (offsetInSegment(endLsn) + recordLength > segmentSize) {
                rollOver();
            }
            long lsn = endLsn;
            backend.write(WalFormat.segmentName(currentSegment), offsetInSegment(lsn),
                    encodeRecord(lsn, transactionId, type, payload, offset, length));
            endLsn = lsn + recordLength;
            track(transactionId, type, lsn);
            records.incrementAndGet();
            bytes.addAndGet(recordLength);
            return lsn;
        } finally {
            appendLock.unlock();
        }
    }

    /** Appends a BEGIN record. */
    public long begin(long transactionId) {
        return append(transactionId, WalRecordType.BEGIN, new byte[0]);
    }

    /** Appends a DATA record carrying {@code payload}. */
    public long data(long transactionId, byte[] payload) {
        return append(transactionId, WalRecordType.DATA, payload);
    }

    /** Appends a DATA record carrying {@code payload[offset, offset + length)} (no copy of the caller's array). */
    public long data(long transactionId, byte[] payload, int offset, int length) {
        return append(transactionId, WalRecordType.DATA, payload, offset, length);
    }

    /**
     * The record's bytes in {@link #recordBuffer}, reused across appends (under the append lock) so that
     * large transactions do not allocate a record-sized array per record.
     */
    private java.nio.ByteBuffer encodeRecord(long lsn, long transactionId, WalRecordType type, byte[] payload,
                                             int offset, int length) {
        int size = WalFormat.RECORD_HEADER_SIZE + length;
        if (size > RECORD_BUFFER_LIMIT) {
            return WalFormat.encodeRecord(lsn, transactionId, type, payload, offset, length, new byte[size]);
        }
        if (recordBuffer == null || recordBuffer.length < size) {
            recordBuffer = new byte[Math.max(size, Math.min(RECORD_BUFFER_LIMIT, 2 * size))];
        }
        return WalFormat.encodeRecord(lsn, transactionId, type, payload, offset, length, recordBuffer);
    }

    /** Appends an ABORT record; not synced (losing it is harmless: recovery discards the transaction anyway). */
    public long abort(long transactionId) {
        return append(transactionId, WalRecordType.ABORT, new byte[0]);
    }

    /**
     * Appends the COMMIT record and returns its LSN once it is durable (in {@link SyncMode#FULL}; in
     * {@link SyncMode#OFF} at once). Throws 58030 if the fsync fails, after which the writer is unusable.
     */
    public long commit(long transactionId) {
        long lsn = append(transactionId, WalRecordType.COMMIT, new byte[0]);
        awaitDurable(lsn + WalFormat.RECORD_HEADER_SIZE, false);
        commits.incrementAndGet();
        return lsn;
    }

    /**
     * Appends the COMMIT record without waiting for it to become durable and returns the LSN just past
     * it: the commit counts once {@link #flushedLsn()} reaches that LSN, which {@link #waitUntilDurable},
     * {@link #flush()} or any later sync brings about (PostgreSQL's {@code synchronous_commit = off}
     * when the caller does not wait).
     */
    public long commitNoWait(long transactionId) {
        long lsn = append(transactionId, WalRecordType.COMMIT, new byte[0]);
        commits.incrementAndGet();
        return lsn + WalFormat.RECORD_HEADER_SIZE;
    }

    /**
     * Waits until the log is durable up to {@code lsn} (in {@link SyncMode#OFF} returns at once), sharing
     * the fsync with concurrent callers. Throws 58030 if the fsync fails; the writer is then unusable.
     */
    public void waitUntilDurable(long lsn) {
        awaitDurable(lsn, false);
    }

    /** Makes everything appended so far durable, whatever the sync mode. */
    public void flush() {
        awaitDurable(endLsn(), true);
    }

    /**
     * Records that all state up to {@code durableLsn} is durable elsewhere (pages written and synced by
     * the caller), syncs the CHECKPOINT record whatever the sync mode, then deletes the segments that
     * retention allows (invariant 6). Returns the CHECKPOINT record's LSN.
     */
    public long checkpoint(long durableLsn) {
        long lsn = append(0, WalRecordType.CHECKPOINT, WalFormat.encodeLong(durableLsn).array());
        awaitDurable(lsn + WalFormat.RECORD_HEADER_SIZE + Long.BYTES, true);
        deleteRetiredSegments(durableLsn);
        return lsn;
    }

    /** Keeps every segment from {@code fromLsn} on until the hold is closed (a CDC reader's position). */
    public WalHold hold(long fromLsn) {
        WalHold hold = new WalHold(fromLsn, holds::remove);
        holds.add(hold);
        return hold;
    }

    /** The LSN the next record will get. */
    public long endLsn() {
        appendLock.lock();
        try {
            return endLsn;
        } finally {
            appendLock.unlock();
        }
    }

    /** Everything below this LSN is durable. */
    public long flushedLsn() {
        synchronized (syncMonitor) {
            return flushedLsn;
        }
    }

    public WalCounters counters() {
        return new WalCounters(records.get(), commits.get(), syncs.get(), bytes.get());
    }

    /** Syncs what was appended (unless the writer failed) and refuses further use. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (failure == null) {
            awaitDurable(endLsn(), true);
        }
        closed = true;
    }

    /** Waits until {@code lsn} is durable, becoming the leader that syncs if nobody is syncing. */
    private void awaitDurable(long lsn, boolean evenWhenSyncIsOff) {
        if (options.syncMode() == SyncMode.OFF && !evenWhenSyncIsOff) {
            return;
        }
        while (true) {
            synchronized (syncMonitor) {
                while (true) {
                    checkUsable();
                    if (flushedLsn >= lsn) {
                        return;
                    }
                    if (!syncInProgress) {
                        syncInProgress = true;
                        break;
                    }
                    waitForLeader();
                }
            }
            leadOneSync();
        }
    }

    private void leadOneSync() {
        long target;
        long segment;
        appendLock.lock();
        try {
            target = endLsn;
            segment = currentSegment;
        } finally {
            appendLock.unlock();
        }
        DoSqlException error = null;
        try {
            backend.sync(WalFormat.segmentName(segment));
            syncs.incrementAndGet();
        } catch (DoSqlException e) {
            error = e;
        }
        synchronized (syncMonitor) {
            syncInProgress = false;
            if (error == null) {
                flushedLsn = Math.max(flushedLsn, target);
            } else {
                failure = error;
            }
            syncMonitor.notifyAll();
        }
        if (error != null) {
            throw error;
        }
    }

    private void waitForLeader() {
        try {
            syncMonitor.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrorCode.IO_ERROR.exception(WalFormat.segmentName(1), "interrupted while waiting for the log sync");
        }
    }

    /** Trims, syncs (in every sync mode) and leaves the current segment, then starts the next one. */
    private void rollOver() {
        String name = WalFormat.segmentName(currentSegment);
        long used = offsetInSegment(endLsn);
        if (backend.size(name) > used) {
            backend.truncate(name, used);
        }
        // Even with SyncMode.OFF: one fsync per segment is cheap, and it keeps the durable log a
        // prefix (a checkpoint record in a later segment can never outlive a hole before it).
        try {
            backend.sync(name);
            syncs.incrementAndGet();
        } catch (DoSqlException e) {
            failure = e;
            throw e;
        }
        currentSegment++;
        startSegment(currentSegment);
    }

    private void startSegment(long segment) {
        String name = WalFormat.segmentName(segment);
        if (backend.exists(name)) {
            backend.truncate(name, 0);
        }
        backend.write(name, 0, WalFormat.encodeSegmentHeader(segmentSize));
        endLsn = WalFormat.firstRecordLsn(segment, segmentSize);
    }

    private void track(long transactionId, WalRecordType type, long lsn) {
        switch (type) {
            case BEGIN, DATA -> openTransactions.putIfAbsent(transactionId, lsn);
            case COMMIT -> {
                Long first = openTransactions.remove(transactionId);
                recentCommits.addLast(new long[] {lsn, first == null ? lsn : first});
            }
            case ABORT -> openTransactions.remove(transactionId);
            case CHECKPOINT -> {
                // Carries no transaction.
            }
            default -> throw new IllegalStateException("unhandled record type " + type);
        }
    }

    private void deleteRetiredSegments(long durableLsn) {
        long horizon;
        long newestDeletable;
        appendLock.lock();
        try {
            lastCheckpointLsn = Math.max(lastCheckpointLsn, durableLsn);
            horizon = lastCheckpointLsn;
            for (long first : openTransactions.values()) {
                horizon = Math.min(horizon, first);
            }
            for (Iterator<long[]> iterator = recentCommits.iterator(); iterator.hasNext(); ) {
                long[] commit = iterator.next();
                if (commit[0] < lastCheckpointLsn) {
                    iterator.remove();
                } else {
                    horizon = Math.min(horizon, commit[1]);
                }
            }
            for (WalHold hold : holds) {
                horizon = Math.min(horizon, hold.fromLsn());
            }
            newestDeletable = currentSegment - options.minimumSegmentsKept();
        } finally {
            appendLock.unlock();
        }
        List<Long> segments = WalReader.segmentNumbers(backend);
        for (long segment : segments) {
            boolean whollyBeforeHorizon = WalFormat.segmentStartLsn(segment + 1, segmentSize) <= horizon;
            if (segment > newestDeletable || !whollyBeforeHorizon) {
                break;
            }
            backend.delete(WalFormat.segmentName(segment));
        }
    }

    private long offsetInSegment(long lsn) {
        return lsn - WalFormat.segmentStartLsn(currentSegment, segmentSize);
    }

    private void checkUsable() {
        DoSqlException cause = failure;
        if (cause != null) {
            throw new DoSqlException(ErrorCode.IO_ERROR, ErrorCode.IO_ERROR.format(
                    WalFormat.segmentName(currentSegmentForMessage()),
                    "the write-ahead log failed to sync earlier and refuses further writes until the database is reopened"),
                    cause);
        }
        if (closed) {
            throw ErrorCode.IO_ERROR.exception("write-ahead log", "the log writer is closed");
        }
    }

    private long currentSegmentForMessage() {
        return Math.max(1, currentSegment);
    }
}
