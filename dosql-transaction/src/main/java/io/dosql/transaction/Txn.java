package io.dosql.transaction;

/**
 * One transaction as MVCC and lock waits see it: its id, its fate (active, committed at a commit
 * timestamp, or aborted), the transaction it waits for (deadlock detection) and, when SERIALIZABLE,
 * what it read and wrote (serializable snapshot isolation).
 */
public final class Txn {
    public enum Status { ACTIVE, COMMITTED, ABORTED }

    /** The creator of every version older than all live transactions: committed at time 0. */
    public static final Txn FROZEN = new Txn(0, IsolationLevel.READ_COMMITTED);

    static {
        FROZEN.finish(Status.COMMITTED, 0);
    }

    private final long id;
    private final IsolationLevel isolation;
    private volatile Status status = Status.ACTIVE;
    private volatile long commitTs = Long.MAX_VALUE;
    /** Guarded by the {@link LockWaits} monitor. */
    Txn waitingFor;
    /** Null unless SERIALIZABLE. */
    final SerializableState serializable;

    Txn(long id, IsolationLevel isolation) {
        this.id = id;
        this.isolation = isolation;
        this.serializable = isolation == IsolationLevel.SERIALIZABLE ? new SerializableState() : null;
    }

    public long id() {
        return id;
    }

    public IsolationLevel isolation() {
        return isolation;
    }

    public Status status() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** The commit timestamp; {@code Long.MAX_VALUE} until committed. */
    public long commitTs() {
        return commitTs;
    }

    /** Records a read of {@code relation} (any object naming a table) for serializable conflict checks. */
    public void noteRead(Object relation) {
        if (serializable != null) {
            serializable.reads.add(relation);
        }
    }

    /** Records a write to {@code relation} for serializable conflict checks; true when it is the first. */
    public boolean noteWrite(Object relation) {
        return serializable != null && serializable.writes.add(relation);
    }

    synchronized void finish(Status ending, long timestamp) {
        commitTs = timestamp;
        status = ending;
        notifyAll();
    }

    /** Waits until this transaction ends or {@code millis} pass; true when it has ended. */
    synchronized boolean awaitEnd(long millis) throws InterruptedException {
        if (status == Status.ACTIVE && millis > 0) {
            wait(millis);
        }
        return status != Status.ACTIVE;
    }

    @Override
    public String toString() {
        return "transaction " + id;
    }
}
