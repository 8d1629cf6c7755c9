package io.dosql.engine.session;

import io.dosql.engine.durable.RedoBuffer;
import io.dosql.engine.mvcc.TxnView;
import io.dosql.transaction.IsolationLevel;
import io.dosql.transaction.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's open transaction: the undo log (run backwards on ROLLBACK, or back to a mark on a
 * failed statement or ROLLBACK TO SAVEPOINT), its savepoints, and in a durable database its redo
 * buffer (truncated to the same mark when undo runs).
 */
final class Transaction {
    /** A point to roll back to: sizes of the undo log and of the redo buffer. */
    record Mark(int undo, int redo) {
    }

    private final List<Runnable> undo = new ArrayList<>();
    /** Undo log size at the newest {@link #mark()}: entries from here on may be extended in place. */
    private int markedSize;
    private final List<String> savepointNames = new ArrayList<>();
    private final List<Mark> savepointMarks = new ArrayList<>();
    final long startedAt;
    final boolean explicit;
    /** Null in an in-memory database. */
    final RedoBuffer redo;
    boolean failed;
    /** Settable until the first statement runs (SET TRANSACTION ISOLATION LEVEL). */
    IsolationLevel isolation;
    /** The MVCC side, from the first statement on; null before. */
    TxnView view;
    /** REPEATABLE READ and SERIALIZABLE: the snapshot taken by the first statement. */
    Snapshot snapshot;

    /** {@code durable}: the database's durable storage, null in an in-memory database. */
    Transaction(long startedAt, boolean explicit, io.dosql.engine.durable.DurableStorage durable, IsolationLevel isolation) {
        this.startedAt = startedAt;
        this.explicit = explicit;
        this.redo = durable != null ? durable.newRedo() : null;
        this.isolation = isolation;
    }

    void record(Runnable action) {
        undo.add(action);
    }

    Mark mark() {
        markedSize = undo.size();
        return new Mark(markedSize, redo == null ? 0 : redo.size());
    }

    /**
     * The redo size no rollback can go below any more, given the mark the running statement just took:
     * the statement's own mark, or an older savepoint's.
     */
    long settledRedo(Mark statementMark) {
        long settled = statementMark.redo();
        for (Mark savepoint : savepointMarks) {
            settled = Math.min(settled, savepoint.redo());
        }
        return settled;
    }

    /** The newest undo action if recorded after the newest mark, else null. */
    Runnable newestSinceMark() {
        int size = undo.size();
        return size > markedSize ? undo.get(size - 1) : null;
    }

    /** Undoes every change after {@code mark}, newest first; the undo itself is not logged. */
    void rollbackTo(Mark mark) {
        if (redo != null) {
            redo.suspend();
        }
        if (view != null) {
            view.setUndoing(true);
        }
        try {
            for (int index = undo.size() - 1; index >= mark.undo(); index--) {
                undo.remove(index).run();
            }
            markedSize = Math.min(markedSize, undo.size());
        } finally {
            if (view != null) {
                view.setUndoing(false);
            }
            if (redo != null) {
                redo.resume();
                redo.truncate(mark.redo());
            }
        }
    }

    void rollbackAll() {
        rollbackTo(new Mark(0, 0));
    }

    boolean hasChanges() {
        return !undo.isEmpty();
    }

    void savepoint(String name) {
        savepointNames.add(name);
        savepointMarks.add(mark());
    }

    /** Index of the newest savepoint called {@code name}, or -1. */
    int findSavepoint(String name) {
        return savepointNames.lastIndexOf(name);
    }

    void rollbackToSavepoint(int position) {
        rollbackTo(savepointMarks.get(position));
        while (savepointNames.size() > position + 1) {
            savepointNames.remove(savepointNames.size() - 1);
            savepointMarks.remove(savepointMarks.size() - 1);
        }
    }

    void releaseSavepoint(int position) {
        while (savepointNames.size() > position) {
            savepointNames.remove(savepointNames.size() - 1);
            savepointMarks.remove(savepointMarks.size() - 1);
        }
    }
}
