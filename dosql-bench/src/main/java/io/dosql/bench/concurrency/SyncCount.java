package io.dosql.bench.concurrency;

/**
 * Syncs counted over a run: {@code logSyncs} of the write-ahead log alone, {@code allSyncs} of every file
 * (page file and directory too; -1 where the engine does not say). -1 throughout when unknown.
 */
public record SyncCount(long logSyncs, long allSyncs) {
    public static final SyncCount UNKNOWN = new SyncCount(-1, -1);

    public boolean known() {
        return logSyncs >= 0;
    }
}
