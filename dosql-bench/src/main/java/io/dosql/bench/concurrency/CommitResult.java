package io.dosql.bench.concurrency;

/**
 * The figures of one run (one engine, one connection count). {@code measuredCommits} fall in the
 * measurement window of {@code measuredSeconds}; {@code totalCommits}, {@code retries} and the sync counts
 * cover warm-up and measurement together (the syncs are counted over that whole interval).
 */
public record CommitResult(
        String engine,
        int connections,
        double measuredSeconds,
        long measuredCommits,
        long totalCommits,
        long retries,
        SyncCount syncs,
        CommitSchema.Totals totals,
        boolean consistent) {

    public double commitsPerSecond() {
        return measuredCommits / measuredSeconds;
    }

    /** Log syncs per commit over the whole run, NaN when the syncs are unknown. */
    public double logSyncsPerCommit() {
        return syncs.known() && totalCommits > 0 ? (double) syncs.logSyncs() / totalCommits : Double.NaN;
    }

    /** Syncs of every file per commit, NaN when unknown. */
    public double allSyncsPerCommit() {
        return syncs.allSyncs() >= 0 && totalCommits > 0 ? (double) syncs.allSyncs() / totalCommits : Double.NaN;
    }
}
