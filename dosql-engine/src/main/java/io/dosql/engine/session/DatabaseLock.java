package io.dosql.engine.session;

import io.dosql.core.ErrorCode;

/**
 * Serialises writers and keeps readers from seeing uncommitted changes (the choice until MVCC):
 * a session that writes holds the exclusive lock until its transaction ends; a reading statement holds
 * a shared lock for its duration and waits while another session holds the exclusive lock. Owners are
 * sessions, not threads, so two sessions driven from one thread still exclude each other; waits give
 * up after {@code timeoutMillis} with 55P03.
 */
final class DatabaseLock {
    private Object writer;
    private int readers;

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

    synchronized void acquireWrite(Object owner, long timeoutMillis) {
        if (writer == owner) {
            return;
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (writer != null || readers > 0) {
            waitUntil(deadline);
        }
        writer = owner;
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
