package io.dosql.transaction;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What serializable snapshot isolation keeps of a SERIALIZABLE transaction: the relations it read and
 * wrote (table granularity: coarser than PostgreSQL's predicate locks, so it may abort more often, never
 * less) and its rw-antidependencies with concurrent serializable transactions.
 */
final class SerializableState {
    /** Read items: relations (whole-table reads) or finer items (one index key); compared with equals. */
    final Set<Object> reads = Collections.synchronizedSet(new java.util.HashSet<>());
    /** Written items: each written relation plus the finer items a reader of them may have read. */
    final Set<Object> writes = Collections.synchronizedSet(new java.util.HashSet<>());
    /** Transactions T with T →rw this (T read what this wrote, without seeing it). */
    final Set<Txn> in = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Transactions T with this →rw T. */
    final Set<Txn> out = Collections.newSetFromMap(new IdentityHashMap<>());
    /** readTs of the first snapshot, or -1 before it took one. */
    long snapshotTs = -1;

    boolean readsAnyOf(Set<Object> relations) {
        synchronized (reads) {
            synchronized (relations) {
                for (Object relation : relations) {
                    if (reads.contains(relation)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
