package io.dosql.engine.durable;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;

/**
 * Full-size redo chunks kept after their transaction ended, for the next large transaction: a bulk load
 * then writes its redo into memory already allocated and touched instead of asking for (and zeroing)
 * fresh megabytes each time. Soft references, so an idle database gives them back under memory pressure.
 */
final class RedoChunks {
    /** At most this many chunks are kept (about 40 MB: the redo of a 100k-row bulk load of 200-byte rows). */
    private static final int KEPT = 16;

    private final ArrayDeque<SoftReference<ByteSink>> free = new ArrayDeque<>();

    /** An empty full-size chunk, or null when none is kept. */
    synchronized ByteSink take() {
        while (!free.isEmpty()) {
            ByteSink chunk = free.pop().get();
            if (chunk != null) {
                chunk.reset();
                return chunk;
            }
        }
        return null;
    }

    /** Keeps {@code chunk} (its transaction is over) unless enough are kept already. */
    synchronized void give(ByteSink chunk) {
        if (free.size() < KEPT) {
            free.push(new SoftReference<>(chunk));
        }
    }
}
