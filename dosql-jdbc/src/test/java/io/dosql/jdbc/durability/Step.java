package io.dosql.jdbc.durability;

import java.sql.SQLException;

/**
 * One statement of a planned crash-workload transaction: how the child runs it through JDBC and what it
 * does to the expected {@link BankState}. Savepoint steps change no state by themselves; the planner
 * restores its snapshot when it plans a rollback to a savepoint.
 */
sealed interface Step {

    void run(StepRunner runner) throws SQLException;

    void applyTo(BankState state);

    record InsertAccount(int id, String owner, long balance, Note note) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("INSERT INTO accounts (id, owner, balance, note) VALUES (?, ?, ?, ?)",
                    id, owner, balance, note.text());
        }

        @Override
        public void applyTo(BankState state) {
            String text = note.text();
            state.putAccount(id, new BankState.Account(owner, balance, text.length(), text.hashCode()));
        }
    }

    record AddToBalance(int id, long delta) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("UPDATE accounts SET balance = balance + ? WHERE id = ?", delta, id);
        }

        @Override
        public void applyTo(BankState state) {
            BankState.Account account = state.accounts().get(id);
            state.putAccount(id, account.withBalance(account.balance() + delta));
        }
    }

    record SetOwner(int id, String owner) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("UPDATE accounts SET owner = ? WHERE id = ?", owner, id);
        }

        @Override
        public void applyTo(BankState state) {
            state.putAccount(id, state.accounts().get(id).withOwner(owner));
        }
    }

    record SetNote(int id, Note note) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("UPDATE accounts SET note = ? WHERE id = ?", note.text(), id);
        }

        @Override
        public void applyTo(BankState state) {
            state.putAccount(id, state.accounts().get(id).withNote(note.text()));
        }
    }

    record DeleteAccount(int id) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("DELETE FROM accounts WHERE id = ?", id);
        }

        @Override
        public void applyTo(BankState state) {
            state.removeAccount(id);
        }
    }

    /** Appends a ledger row; its id comes from the identity column, its txn is the running transaction. */
    record InsertLedger(int account, long delta) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("INSERT INTO ledger (txn, account, delta) VALUES (?, ?, ?)", runner.transaction(), account,
                    delta);
        }

        @Override
        public void applyTo(BankState state) {
            state.addLedgerRow(account, delta);
        }
    }

    record DeleteLedger(int account) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("DELETE FROM ledger WHERE account = ?", account);
        }

        @Override
        public void applyTo(BankState state) {
            state.removeLedgerRows(account);
        }
    }

    record SetSavepoint(String name) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.setSavepoint(name);
        }

        @Override
        public void applyTo(BankState state) {
        }
    }

    record RollbackToSavepoint(String name) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.rollbackToSavepoint(name);
        }

        @Override
        public void applyTo(BankState state) {
        }
    }

    record ReleaseSavepoint(String name) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.releaseSavepoint(name);
        }

        @Override
        public void applyTo(BankState state) {
        }
    }

    /** The last statement of a committing transaction: lets the parent see whether the commit happened. */
    record RecordCommit(int statements) implements Step {
        @Override
        public void run(StepRunner runner) throws SQLException {
            runner.update("INSERT INTO commits (txn, statements) VALUES (?, ?)", runner.transaction(), statements);
        }

        @Override
        public void applyTo(BankState state) {
        }
    }
}
