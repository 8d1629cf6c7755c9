package io.dosql.transaction;

/**
 * What a statement (READ COMMITTED) or a whole transaction (REPEATABLE READ, SERIALIZABLE) sees: the
 * work of every transaction committed at or before {@code readTs}, plus its owner's own changes.
 */
public final class Snapshot {
    private final long readTs;
    private final Txn owner;

    Snapshot(long readTs, Txn owner) {
        this.readTs = readTs;
        this.owner = owner;
    }

    public long readTs() {
        return readTs;
    }

    public Txn owner() {
        return owner;
    }

    /** Whether versions made by {@code creator} are visible. */
    public boolean sees(Txn creator) {
        if (creator == owner) {
            return true;
        }
        // commitTs is written before status, so a COMMITTED status implies the final timestamp.
        return creator.status() == Txn.Status.COMMITTED && creator.commitTs() <= readTs;
    }
}
