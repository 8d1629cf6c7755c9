package io.dosql.wal;

import java.util.Objects;

/**
 * Settings of a {@link WalWriter}: segment size (used when a new log is created; an existing log keeps
 * its own), the commit sync mode, and how many most recent segments retention always keeps.
 */
public record WalOptions(int segmentSize, SyncMode syncMode, int minimumSegmentsKept) {
    public static final int DEFAULT_SEGMENT_SIZE = 16 * 1024 * 1024;

    public WalOptions {
        Objects.requireNonNull(syncMode, "syncMode is null");
        if (segmentSize < 4096) {
            throw new IllegalArgumentException("segment size must be at least 4096 bytes: " + segmentSize);
        }
        if (minimumSegmentsKept < 1) {
            throw new IllegalArgumentException("at least the current segment is kept: " + minimumSegmentsKept);
        }
    }

    public static WalOptions defaults() {
        return new WalOptions(DEFAULT_SEGMENT_SIZE, SyncMode.FULL, 2);
    }

    public WalOptions withSegmentSize(int newSegmentSize) {
        return new WalOptions(newSegmentSize, syncMode, minimumSegmentsKept);
    }

    public WalOptions withSyncMode(SyncMode newSyncMode) {
        return new WalOptions(segmentSize, newSyncMode, minimumSegmentsKept);
    }

    public WalOptions withMinimumSegmentsKept(int newMinimumSegmentsKept) {
        return new WalOptions(segmentSize, syncMode, newMinimumSegmentsKept);
    }
}
