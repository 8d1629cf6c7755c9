package io.dosql.engine.mvcc;

import io.dosql.transaction.Txn;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit lock on one row taken by SELECT … FOR UPDATE / FOR SHARE: one exclusive holder or many
 * sharing ones. Holders keep it until their transaction ends; a holder that has ended no longer counts.
 */
final class RowLock {
    private Txn exclusive;
    private final List<Txn> shared = new ArrayList<>(2);

    /** An active holder other than {@code requester} that a lock of this strength must wait for, or null. */
    Txn blocker(Txn requester, boolean wantExclusive) {
        if (exclusive != null && exclusive != requester && exclusive.isActive()) {
            return exclusive;
        }
        if (wantExclusive) {
            for (Txn holder : shared) {
                if (holder != requester && holder.isActive()) {
                    return holder;
                }
            }
        }
        return null;
    }

    void grant(Txn holder, boolean asExclusive) {
        if (asExclusive) {
            exclusive = holder;
        } else if (!shared.contains(holder)) {
            shared.add(holder);
        }
    }

    /** Forgets {@code holder}; true when nobody holds the lock any more. */
    boolean release(Txn holder) {
        if (exclusive == holder) {
            exclusive = null;
        }
        shared.remove(holder);
        return exclusive == null && shared.isEmpty();
    }
}
