package io.dosql.wal;

/**
 * A snapshot of a writer's counters: records appended, commits acknowledged, fsyncs issued and log
 * bytes written. {@code syncs < commits} is group commit at work.
 */
public record WalCounters(long records, long commits, long syncs, long bytes) {
}
