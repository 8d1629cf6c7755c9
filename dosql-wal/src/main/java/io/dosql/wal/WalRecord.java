package io.dosql.wal;

import java.util.Arrays;
import java.util.Objects;

/**
 * One log record as read back: its LSN (the byte address of its first byte in the log), the
 * transaction it belongs to, its type and its payload. See {@link WalFormat} for the byte layout.
 */
public record WalRecord(long lsn, long transactionId, WalRecordType type, byte[] payload) {
    public WalRecord {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(payload, "payload is null");
    }

    /** Bytes this record occupies in the log, header included. */
    public int encodedLength() {
        return WalFormat.RECORD_HEADER_SIZE + payload.length;
    }

    /** The LSN just past this record. */
    public long endLsn() {
        return lsn + encodedLength();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WalRecord that
                && lsn == that.lsn && transactionId == that.transactionId
                && type == that.type && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lsn, transactionId, type, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "WalRecord[lsn=" + lsn + ", tx=" + transactionId + ", " + type + ", " + payload.length + " bytes]";
    }
}
