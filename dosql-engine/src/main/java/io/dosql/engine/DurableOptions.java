package io.dosql.engine;

/**
 * Settings of a durable database ({@link Database#open(java.nio.file.Path, DurableOptions)}).
 *
 * @param synchronousCommit the initial {@code synchronous_commit} of new sessions: when false, COMMIT
 *        returns before its log record is on disk and a background flush makes it durable within about
 *        200 ms (a crash may lose the latest commits, never half of one)
 * @param bufferPoolBytes the byte budget of the page cache
 * @param checkpointWalBytes log bytes written since the last checkpoint that trigger the next one
 * @param backgroundCheckpoints when true (the default), a checkpoint that a commit makes due runs on a
 *        background thread after that commit returns (the commit waits only for its log records); when
 *        false, the committing session runs it before its COMMIT returns (deterministic, for tests)
 */
public record DurableOptions(boolean synchronousCommit, long bufferPoolBytes, long checkpointWalBytes,
                             boolean backgroundCheckpoints) {
    public static final long DEFAULT_BUFFER_POOL_BYTES = 64L << 20;
    public static final long DEFAULT_CHECKPOINT_WAL_BYTES = 64L << 20;

    public DurableOptions {
        if (bufferPoolBytes <= 0) {
            throw new IllegalArgumentException("buffer pool bytes must be positive: " + bufferPoolBytes);
        }
        if (checkpointWalBytes <= 0) {
            throw new IllegalArgumentException("checkpoint threshold must be positive: " + checkpointWalBytes);
        }
    }

    public static DurableOptions defaults() {
        return new DurableOptions(true, DEFAULT_BUFFER_POOL_BYTES, DEFAULT_CHECKPOINT_WAL_BYTES, true);
    }

    public DurableOptions withSynchronousCommit(boolean value) {
        return new DurableOptions(value, bufferPoolBytes, checkpointWalBytes, backgroundCheckpoints);
    }

    public DurableOptions withBufferPoolBytes(long value) {
        return new DurableOptions(synchronousCommit, value, checkpointWalBytes, backgroundCheckpoints);
    }

    public DurableOptions withCheckpointWalBytes(long value) {
        return new DurableOptions(synchronousCommit, bufferPoolBytes, value, backgroundCheckpoints);
    }

    public DurableOptions withBackgroundCheckpoints(boolean value) {
        return new DurableOptions(synchronousCommit, bufferPoolBytes, checkpointWalBytes, value);
    }
}
