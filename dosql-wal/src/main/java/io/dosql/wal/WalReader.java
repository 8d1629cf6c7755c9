package io.dosql.wal;

import io.dosql.fsx.StorageBackend;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Iterates the valid records of a log in LSN order, across segments, stopping cleanly at the first
 * byte that is not a valid record (the end of the log, torn or not — see {@link WalFormat} invariant 2).
 *
 * <p>After {@link #hasNext()} returns false, {@link #stopReason()}, {@link #endSegment()} and
 * {@link #endOffset()} say where the valid log ends: the point recovery truncates to.
 */
public final class WalReader implements Iterator<WalRecord> {
    private static final int WINDOW_SIZE = 64 * 1024;

    private final StorageBackend backend;
    private final List<Long> segments;
    private final int segmentSize;
    private int segmentIndex;
    private long offset;
    private long segmentLength;
    private WalRecord next;
    private WalStopReason stopReason;
    private long endSegment;
    private long endOffset;

    private byte[] window = new byte[0];
    private long windowStart;
    private int windowLength;

    private WalReader(StorageBackend backend, long fromLsn) {
        this.backend = backend;
        this.segments = segmentNumbers(backend);
        this.segmentSize = segments.isEmpty() ? -1 : readSegmentSize(segments.get(0));
        if (segmentSize < 0) {
            stop(WalStopReason.END_OF_LOG, segments.isEmpty() ? 0 : segments.get(0) - 1, 0);
            if (!segments.isEmpty()) {
                stopReason = WalStopReason.TORN_TAIL;
            }
            return;
        }
        long fromSegment = Math.max(segments.get(0), WalFormat.segmentOf(fromLsn, segmentSize));
        segmentIndex = segments.indexOf(fromSegment);
        if (segmentIndex < 0) {
            long last = segments.get(segments.size() - 1);
            stop(WalStopReason.END_OF_LOG, last, backend.size(WalFormat.segmentName(last)));
            return;
        }
        enterSegment();
        if (stopReason == null && fromSegment == WalFormat.segmentOf(fromLsn, segmentSize)) {
            offset = Math.max(offset, fromLsn - WalFormat.segmentStartLsn(fromSegment, segmentSize));
        }
    }

    /** Reads the whole log from its first retained record. */
    public static WalReader open(StorageBackend backend) {
        return new WalReader(backend, 0);
    }

    /** Reads from {@code fromLsn}, which must be a record boundary (or before the first record). */
    public static WalReader open(StorageBackend backend, long fromLsn) {
        return new WalReader(backend, fromLsn);
    }

    /** Segment numbers present in {@code backend}, ascending. */
    static List<Long> segmentNumbers(StorageBackend backend) {
        List<Long> numbers = new ArrayList<>();
        for (String name : backend.list(WalFormat.SEGMENT_PREFIX)) {
            long number = WalFormat.segmentNumber(name);
            if (number > 0) {
                numbers.add(number);
            }
        }
        numbers.sort(null);
        return numbers;
    }

    /** The log's segment size, or -1 when there is no valid log. */
    public int segmentSize() {
        return segmentSize;
    }

    @Override
    public boolean hasNext() {
        if (next == null && stopReason == null) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public WalRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("end of log");
        }
        WalRecord record = next;
        next = null;
        return record;
    }

    /** Why reading stopped; {@code null} while records remain. */
    public WalStopReason stopReason() {
        return stopReason;
    }

    /** The last segment holding valid data (0 when none is valid). */
    public long endSegment() {
        return endSegment;
    }

    /** The offset in {@link #endSegment()} just past the last valid record (or its header). */
    public long endOffset() {
        return endOffset;
    }

    private WalRecord readNext() {
        while (true) {
            long segment = segments.get(segmentIndex);
            if (offset >= segmentLength) {
                if (offset == segmentLength && moveToNextSegment()) {
                    continue;
                }
                if (stopReason == null) {
                    stop(offset == segmentLength ? WalStopReason.END_OF_LOG : WalStopReason.TORN_TAIL, segment, offset);
                }
                return null;
            }
            WalRecord record = decodeAt(segment);
            if (record == null) {
                stop(WalStopReason.TORN_TAIL, segment, offset);
                return null;
            }
            offset += record.encodedLength();
            return record;
        }
    }

    /** The valid record at {@link #offset}, or {@code null}. */
    private WalRecord decodeAt(long segment) {
        String name = WalFormat.segmentName(segment);
        if (offset + WalFormat.RECORD_HEADER_SIZE > Math.min(segmentLength, segmentSize)
                || !fill(name, offset, WalFormat.RECORD_HEADER_SIZE)) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(window, (int) (offset - windowStart), WalFormat.RECORD_HEADER_SIZE);
        int payloadLength = header.getInt();
        if (payloadLength < 0 || offset + WalFormat.RECORD_HEADER_SIZE + (long) payloadLength > segmentSize
                || offset + WalFormat.RECORD_HEADER_SIZE + (long) payloadLength > segmentLength) {
            return null;
        }
        int total = WalFormat.RECORD_HEADER_SIZE + payloadLength;
        if (!fill(name, offset, total)) {
            return null;
        }
        int start = (int) (offset - windowStart);
        byte[] bytes = java.util.Arrays.copyOfRange(window, start, start + total);
        ByteBuffer record = ByteBuffer.wrap(bytes);
        record.getInt();
        int storedChecksum = record.getInt();
        long lsn = record.getLong();
        long transactionId = record.getLong();
        WalRecordType type = WalRecordType.fromCode(record.get());
        long expectedLsn = WalFormat.segmentStartLsn(segment, segmentSize) + offset;
        if (storedChecksum != WalFormat.checksum(bytes, payloadLength) || lsn != expectedLsn || type == null) {
            return null;
        }
        byte[] payload = java.util.Arrays.copyOfRange(bytes, WalFormat.RECORD_HEADER_SIZE, total);
        return new WalRecord(lsn, transactionId, type, payload);
    }

    private boolean moveToNextSegment() {
        long current = segments.get(segmentIndex);
        if (segmentIndex + 1 >= segments.size() || segments.get(segmentIndex + 1) != current + 1) {
            return false;
        }
        long nextSegment = segments.get(segmentIndex + 1);
        if (readSegmentSize(nextSegment) != segmentSize) {
            // A segment whose header never became durable: the log ends before it.
            stop(WalStopReason.TORN_TAIL, current, offset);
            return false;
        }
        segmentIndex++;
        enterSegment();
        return true;
    }

    private void enterSegment() {
        long segment = segments.get(segmentIndex);
        segmentLength = backend.size(WalFormat.segmentName(segment));
        offset = WalFormat.SEGMENT_HEADER_SIZE;
        windowLength = 0;
        if (segmentSize < 0 || readSegmentSize(segment) != segmentSize) {
            stop(WalStopReason.TORN_TAIL, segment - 1, 0);
        }
    }

    private int readSegmentSize(long segment) {
        ByteBuffer header = ByteBuffer.allocate(WalFormat.SEGMENT_HEADER_SIZE);
        backend.read(WalFormat.segmentName(segment), 0, header);
        return WalFormat.decodeSegmentHeader(header.flip());
    }

    /** Makes the window cover {@code [position, position+length)}; false when the object is shorter. */
    private boolean fill(String name, long position, int length) {
        if (position >= windowStart && position + length <= windowStart + windowLength) {
            return true;
        }
        int capacity = Math.max(WINDOW_SIZE, length);
        if (window.length < capacity) {
            window = new byte[capacity];
        }
        windowStart = position;
        windowLength = backend.read(name, position, ByteBuffer.wrap(window, 0, capacity));
        return windowLength >= length;
    }

    private void stop(WalStopReason reason, long segment, long segmentOffset) {
        stopReason = reason;
        endSegment = segment;
        endOffset = segmentOffset;
    }
}
