package io.dosql.btree;

/** Tuning of a {@link Pager}: the byte budget of its buffer pool of decoded nodes. */
public record PagerOptions(long bufferPoolBytes) {
    public static final long DEFAULT_BUFFER_POOL_BYTES = 64L << 20;

    public PagerOptions {
        if (bufferPoolBytes <= 0) {
            throw new IllegalArgumentException("buffer pool bytes must be positive: " + bufferPoolBytes);
        }
    }

    public static PagerOptions defaults() {
        return new PagerOptions(DEFAULT_BUFFER_POOL_BYTES);
    }
}
