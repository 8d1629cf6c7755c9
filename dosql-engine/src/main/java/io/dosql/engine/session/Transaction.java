package io.dosql.engine.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A session's open transaction: the undo log (run backwards on ROLLBACK, or back to a mark on a
 * failed statement or ROLLBACK TO SAVEPOINT) and its savepoints.
 */
final class Transaction {
    private final List<Runnable> undo = new ArrayList<>();
    private final List<String> savepointNames = new ArrayList<>();
    private final List<Integer> savepointMarks = new ArrayList<>();
    final long startedAt;
    final boolean explicit;
    boolean failed;

    Transaction(long startedAt, boolean explicit) {
        this.startedAt = startedAt;
        this.explicit = explicit;
    }

    void record(Runnable action) {
        undo.add(action);
    }

    int mark() {
        return undo.size();
    }

    /** Undoes every change after {@code mark}, newest first. */
    void rollbackTo(int mark) {
        for (int index = undo.size() - 1; index >= mark; index--) {
            undo.remove(index).run();
        }
    }

    boolean hasChanges() {
        return !undo.isEmpty();
    }

    void savepoint(String name) {
        savepointNames.add(name);
        savepointMarks.add(undo.size());
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
