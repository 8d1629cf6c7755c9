package io.dosql.bench.concurrency;

/**
 * Counts an engine's fsyncs over an interval, from outside the engine (no engine hooks): started after
 * the tables are loaded, stopped after the workers have finished.
 */
public interface SyncCounter {
    void start() throws Exception;

    SyncCount stop() throws Exception;

    /** A counter for engines whose syncs cannot be observed. */
    SyncCounter NONE = new SyncCounter() {
        @Override
        public void start() {
        }

        @Override
        public SyncCount stop() {
            return SyncCount.UNKNOWN;
        }
    };
}
