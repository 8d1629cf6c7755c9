package io.dosql.engine.session;

import io.dosql.core.ErrorCode;

/**
 * Serialises writers and keeps readers from seeing uncommitted changes (the choice until MVCC):
 * a session that writes holds the exclusive lock until its transaction ends; a reading statement holds
 * a shared lock for its duration and waits while another session holds the exclusive lock. Owners are
 * sessions, not threads, so two sessions driven from one thread still exclude each other; waits give
 * up after {@code timeoutMillis} with 55P03. An open {@link StreamingResult} counts as a reader; a writer
 * that finds one asks it to materialise its remaining rows, which releases its share without waiting
 * for the application to finish reading.
 */
final class DatabaseLock {
    private Object writer;
    private int readers;
    private final java.util.Set<StreamingResult> streams = new java.util.LinkedHashSet<>();

    synchronized void acquireRead(Object owner, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (writer != null && writer != owner) {
            waitUntil(deadline);
        }
        readers++;
    }

    synchronized void releaseRead() {
        readers--;
        notifyAll();
    }

    /** Hands the read share of the statement that just ran over to {@code stream}. */
    synchronized void keepForStream(StreamingResult stream) {
        streams.add(stream);
    }

    synchronized void releaseStream(StreamingResult stream) {
        if (streams.remove(stream)) {
            releaseRead();
        }
    }

    void acquireWrite(Object owner, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            java.util.List<StreamingResult> open;
            synchronized (this) {
                if (writer == owner) {
                    return;
                }
                if (writer == null && readers == 0) {
                    writer = owner;
                    return;
                }
                open = writer == null ? java.util.List.copyOf(streams) : java.util.List.of();
                if (open.isEmpty()) {
                    waitUntil(deadline);
                    continue;
                }
            }
            // Outside this monitor: a stream takes its own monitor first, then this one to release.
            for (StreamingResult stream : open) {
                stream.materialize();
            }
        }
    }

    synchronized boolean holdsWrite(Object owner) {
        return writer == owner;
    }

    synchronized void releaseWrite(Object owner) {
        if (writer == owner) {
            writer = null;
            notifyAll();
        }
    }

    private void waitUntil(long deadline) {
        long remaining = deadline - System.currentTimeMillis();
        if (remaining <= 0) {
            throw ErrorCode.LOCK_NOT_AVAILABLE.exception("the database (another session holds a write transaction)");
        }
        try {
            wait(remaining);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ErrorCode.QUERY_CANCELED.exception("user request");
        }
    }
}
