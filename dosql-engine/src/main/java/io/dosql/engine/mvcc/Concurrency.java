package io.dosql.engine.mvcc;

import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.durable.DurableStorage;
import io.dosql.engine.storage.IndexStore;
import io.dosql.engine.storage.StoreFactory;
import io.dosql.engine.storage.TableStore;
import io.dosql.transaction.IsolationLevel;
import io.dosql.transaction.LockWaits;
import io.dosql.transaction.Snapshot;
import io.dosql.transaction.TransactionManager;
import io.dosql.transaction.Txn;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The concurrency control of one database: the statement latch (one statement touches the stores at a
 * time; scans yield it, lock waits release it), the transactions and snapshots, lock waits with
 * deadlock detection, and the pruning of row versions no snapshot needs.
 */
public final class Concurrency {
    private final TransactionManager transactions = new TransactionManager();
    private final LockWaits waits = new LockWaits();
    private final ReentrantLock latch = new ReentrantLock();
    private final DurableStorage durable;
    /** The view of the statement holding the latch; only the latch holder touches it. */
    private TxnView current;
    private final ArrayDeque<TxnView> outer = new ArrayDeque<>();
    /** Stores with committed versions waiting to be pruned. */
    private final Set<MvccTableStore> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Transactions with uncommitted changes in the stores. */
    private final Set<TxnView> writers = Collections.newSetFromMap(new IdentityHashMap<>());
    private static final TxnView NONE = new TxnView(Txn.FROZEN, null);
    /** Saves the stores (a durable database's checkpoint), or null. */
    private Checkpointer checkpointer;
    /** A checkpoint is due but transactions have uncommitted changes: new writers wait for it. */
    private volatile boolean checkpointWanted;
    private final Object checkpointDone = new Object();

    /** A checkpoint is queued for {@link #CHECKPOINTS} and has not started yet. */
    private final java.util.concurrent.atomic.AtomicBoolean checkpointQueued = new java.util.concurrent.atomic.AtomicBoolean();
    /** Set when the database closes (under the latch). */
    private boolean checkpointsStopped;
    /**
     * Checkpoints run here, after the commit that made one due has returned: like PostgreSQL's
     * checkpointer, a commit waits only for its log records, not for the pages (a bulk load's commit
     * would otherwise pay for writing every page it dirtied). Shared by all databases of the JVM.
     */
    private static final java.util.concurrent.ExecutorService CHECKPOINTS =
            java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "dosql-checkpoint");
                thread.setDaemon(true);
                return thread;
            });

    /** How a durable database checkpoints; it runs when no transaction has uncommitted changes. */
    public interface Checkpointer {
        boolean needed();

        /**
         * Whether the catalog holds only committed definitions (no transaction is in the middle of DDL):
         * a checkpoint started outside a transaction's end must not save a half-done schema change.
         */
        boolean catalogSettled();

        void run();
    }

    public void setCheckpointer(Checkpointer newCheckpointer) {
        checkpointer = newCheckpointer;
    }

    public Concurrency(DurableStorage durable) {
        this.durable = durable;
    }

    /** Wraps the stores {@code base} creates so that they keep row versions. */
    public StoreFactory wrap(StoreFactory base) {
        return new StoreFactory() {
            @Override
            public TableStore tableStore(TableInfo table) {
                return new MvccTableStore(base.tableStore(table), table, Concurrency.this);
            }

            @Override
            public IndexStore indexStore(int width) {
                return base.indexStore(width);
            }
        };
    }

    public Txn begin(IsolationLevel isolation) {
        return transactions.begin(isolation);
    }

    public Snapshot snapshot(Txn owner) {
        return transactions.snapshot(owner);
    }

    public void release(Snapshot snapshot) {
        if (snapshot != null) {
            transactions.release(snapshot);
        }
    }

    // ---- the latch

    /** Takes the latch for a statement reading and writing through {@code view} (reentrant). */
    public void enter(TxnView view) {
        latch.lock();
        outer.push(current == null ? NONE : current);
        install(view);
    }

    public void exit() {
        TxnView previous = outer.pop();
        install(previous == NONE ? null : previous);
        latch.unlock();
    }

    private void install(TxnView view) {
        current = view;
        if (durable != null) {
            durable.attach(view == null ? null : view.redo);
        }
    }

    TxnView current() {
        return current;
    }

    /** Lets waiting statements run (a scan calls it every few hundred rows, operators every 1024 rows). */
    public void yieldIfContended() {
        if (latch.getHoldCount() == 1 && latch.hasQueuedThreads()) {
            TxnView view = current;
            exit();
            enter(view);
        }
    }

    /** Waits, without the latch, until {@code holder} ends (row locks are held until then). */
    void waitFor(Txn holder, String what) {
        TxnView view = current;
        withoutLatch(() -> waits.await(view.txn, holder, view.lockTimeoutMillis, view.checkCanceled, what));
    }

    /**
     * Runs {@code waiting} with the latch fully released (also when held reentrantly), then takes it back
     * and reinstalls the statement's view: other sessions' statements run meanwhile.
     */
    private void withoutLatch(Runnable waiting) {
        TxnView view = current;
        int holds = latch.getHoldCount();
        ArrayDeque<TxnView> saved = new ArrayDeque<>(outer);
        outer.clear();
        install(null);
        for (int hold = 0; hold < holds; hold++) {
            latch.unlock();
        }
        try {
            waiting.run();
        } finally {
            for (int hold = 0; hold < holds; hold++) {
                latch.lock();
            }
            outer.clear();
            outer.addAll(saved);
            install(view);
        }
    }

    // ---- transaction end (under the latch)

    void noteWriter(TxnView view) {
        writers.add(view);
    }

    void notePending(MvccTableStore store) {
        pending.add(store);
    }

    /**
     * Before a transaction's first change: while a checkpoint waits for the stores to hold no
     * uncommitted change, new writers wait (up to their lock timeout, then go on) so it gets its turn.
     */
    void beforeWrite(TxnView view) {
        if (!checkpointWanted || view.hasWrites()) {
            return;
        }
        long deadline = System.currentTimeMillis() + Math.max(1, view.lockTimeoutMillis);
        withoutLatch(() -> {
            try {
                synchronized (checkpointDone) {
                    while (checkpointWanted && System.currentTimeMillis() < deadline) {
                        view.checkCanceled.run();
                        checkpointDone.wait(50);
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * After a transaction ended: checkpoints when one is due and no transaction has uncommitted
     * changes (the stores then hold only committed rows). A failure is the checkpointer's to report (it poisons the storage).
     */
    private void checkpointIfDue() {
        if (checkpointer == null || !(checkpointWanted || checkpointer.needed())) {
            return;
        }
        if (!writers.isEmpty()) {
            checkpointWanted = true;
            return;
        }
        if (durable == null || !durable.options().backgroundCheckpoints()) {
            try {
                checkpointNow(checkpointer::run);
            } catch (RuntimeException failure) {
                // Reported by the next write (the storage is poisoned); the commit stands.
            }
        } else if (checkpointQueued.compareAndSet(false, true)) {
            CHECKPOINTS.execute(this::checkpointInBackground);
        }
    }

    /**
     * The queued checkpoint: takes the latch like a statement and checkpoints if one is still due, no
     * transaction has uncommitted changes and no DDL is under way (else the next transaction end queues
     * it again; {@link #checkpointWanted} makes new writers wait for it).
     */
    private void checkpointInBackground() {
        enter(null);
        try {
            checkpointQueued.set(false);
            Checkpointer current = checkpointer;
            if (current == null || checkpointsStopped || !(checkpointWanted || current.needed())) {
                return;
            }
            if (!writers.isEmpty()) {
                checkpointWanted = true;
                return;
            }
            if (!current.catalogSettled()) {
                return;
            }
            checkpointNow(current::run);
        } catch (RuntimeException failure) {
            // Reported by the next write (the storage is poisoned); the commit that made it due stands.
        } finally {
            exit();
        }
    }

    /** Queued checkpoints do nothing from now on (under the latch: the database is closing). */
    public void stopCheckpoints() {
        checkpointsStopped = true;
    }

    /** Runs {@code checkpoint} now; the caller makes sure no transaction has uncommitted changes. */
    public void checkpointNow(Runnable checkpoint) {
        try {
            checkpoint.run();
        } finally {
            checkpointWanted = false;
            synchronized (checkpointDone) {
                checkpointDone.notifyAll();
            }
        }
    }


    /** Whether some transaction has uncommitted changes in the stores. */
    public boolean hasUncommittedWriters() {
        return !writers.isEmpty();
    }


    /** 40001 when a SERIALIZABLE transaction may not commit; call before making the commit durable. */
    public void checkCommit(TxnView view) {
        transactions.checkCommit(view.txn);
    }

    /** Makes the transaction's changes visible to later snapshots and prunes what nobody needs now. */
    public void committed(TxnView view) {
        long commitTs = transactions.commit(view.txn);
        view.releaseLocks();
        for (Map.Entry<MvccTableStore, TxnView.RowIdList> entry : view.written.entrySet()) {
            TxnView.RowIdList rows = entry.getValue();
            for (int index = 0; index < rows.size; index++) {
                entry.getKey().versions.committed(rows.ids[index], commitTs);
            }
            pending.add(entry.getKey());
        }
        view.written = Map.of();
        writers.remove(view);
        prune();
        checkpointIfDue();
    }

    /** Ends an aborted transaction (its changes are already undone). */
    public void aborted(TxnView view) {
        transactions.abort(view.txn);
        view.releaseLocks();
        // Its insert runs are pruned away (undo already removed their rows).
        pending.addAll(view.written.keySet());
        view.written = Map.of();
        writers.remove(view);
        prune();
        checkpointIfDue();
    }

    /** Drops versions older than every snapshot (under the latch). */
    public void prune() {
        if (pending.isEmpty()) {
            return;
        }
        long horizon = transactions.horizon();
        for (java.util.Iterator<MvccTableStore> iterator = pending.iterator(); iterator.hasNext(); ) {
            MvccTableStore store = iterator.next();
            if (store.prune(horizon)) {
                iterator.remove();
            }
        }
    }
}
