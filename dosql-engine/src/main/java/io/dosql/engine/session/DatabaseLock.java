package io.dosql.engine.session;

import io.dosql.core.ErrorCode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema lock: every transaction holds it shared until it ends (so the tables it reads keep their
 * shape), and a statement that changes the catalog takes it exclusively until its transaction ends
 * (like PostgreSQL's ACCESS EXCLUSIVE, but for the whole database). Row data is not guarded here:
 * MVCC and row locks do that. Owners are sessions (or a streaming result that outlives its
 * transaction), not threads; waits give up after the lock timeout with 55P03. A catalog change that
 * finds a streaming result holding a share asks it to materialise its remaining rows.
 */
final class DatabaseLock {
    private Object exclusive;
    private final Set<Object> sharers = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<StreamingResult> streams = new LinkedHashSet<>();

    synchronized void acquireShared(Object owner, long timeoutMillis) {
        if (exclusive == owner || sharers.contains(owner)) {
            return;
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (exclusive != null) {
            waitUntil(deadline);
        }
        sharers.add(owner);
    }

    /** Hands a share to {@code stream}, which reads on after its transaction ended. */
    synchronized void keepForStream(StreamingResult stream) {
        streams.add(stream);
        sharers.add(stream);
    }

    synchronized void releaseStream(StreamingResult stream) {
        if (streams.remove(stream)) {
            sharers.remove(stream);
            notifyAll();
        }
    }

    void acquireExclusive(Object owner, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            List<StreamingResult> open;
            synchronized (this) {
                if (exclusive == owner) {
                    return;
                }
                boolean othersShare = sharers.size() > (sharers.contains(owner) ? 1 : 0);
                if (exclusive == null && !othersShare) {
                    exclusive = owner;
                    return;
                }
                open = exclusive == null ? List.copyOf(streams) : List.of();
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

    /** Whether some transaction holds the lock exclusively (its catalog changes are not committed yet). */
    synchronized boolean exclusiveHeld() {
        return exclusive != null;
    }

    synchronized boolean holdsExclusive(Object owner) {
        return exclusive == owner;
    }

    /** Ends {@code owner}'s hold (shared and exclusive): its transaction is over. */
    synchronized void release(Object owner) {
        boolean changed = sharers.remove(owner);
        if (exclusive == owner) {
            exclusive = null;
            changed = true;
        }
        if (changed) {
            notifyAll();
        }
    }

    private void waitUntil(long deadline) {
        long remaining = deadline - System.currentTimeMillis();
        if (remaining <= 0) {
            throw ErrorCode.LOCK_NOT_AVAILABLE.exception("the database schema (another transaction is using it)");
        }
        try {
            wait(remaining);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw ErrorCode.QUERY_CANCELED.exception("user request");
        }
    }
}
