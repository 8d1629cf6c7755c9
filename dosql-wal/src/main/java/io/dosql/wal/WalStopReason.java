package io.dosql.wal;

/** Why a {@link WalReader} stopped. */
public enum WalStopReason {
    /** The last segment ended exactly after a valid record (or there is no log). */
    END_OF_LOG,
    /** Bytes after the last valid record do not form a valid record: a torn or corrupt tail. */
    TORN_TAIL
}
