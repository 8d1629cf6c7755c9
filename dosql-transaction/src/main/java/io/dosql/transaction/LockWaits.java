package io.dosql.transaction;

import io.dosql.core.ErrorCode;
/**
 * Waits of one transaction for another to end (row locks are held until the holder ends), with the
 * waits-for graph checked before each wait: the transaction whose wait would close a cycle is the
 * deadlock victim (40P01) and the others go on.
 */
public final class LockWaits {
    /** How often a waiter looks at its cancel flag. */
    private static final long POLL_MILLIS = 50;

    /**
     * Blocks until {@code holder} has ended. Throws 40P01 when the wait would deadlock, 55P03 after
     * {@code timeoutMillis} (0: no limit); {@code checkCanceled} runs every few milliseconds and throws
     * (57014) when the statement was canceled.
     */
    public void await(Txn waiter, Txn holder, long timeoutMillis, Runnable checkCanceled, String what) {
        synchronized (this) {
            int steps = 0;
            for (Txn next = holder; next != null && steps < 100_000; next = next.waitingFor, steps++) {
                if (next == waiter) {
                    throw ErrorCode.DEADLOCK_DETECTED.exception()
                            .withDetail(waiter + " waits for " + what + "; blocked by " + holder + ".");
                }
            }
            waiter.waitingFor = holder;
        }
        long deadline = timeoutMillis <= 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
        try {
            while (true) {
                checkCanceled.run();
                long remaining = deadline - System.currentTimeMillis();
                if (remaining <= 0) {
                    throw ErrorCode.LOCK_NOT_AVAILABLE.exception(what);
                }
                if (holder.awaitEnd(Math.min(remaining, POLL_MILLIS))) {
                    return;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ErrorCode.QUERY_CANCELED.exception("user request");
        } finally {
            synchronized (this) {
                waiter.waitingFor = null;
            }
        }
    }
}
