package io.dosql.jdbc.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans crash-workload transaction number {@code n} from the seed, {@code n} and the state before it, so
 * the child that runs it and the parent that checks it plan exactly the same statements.
 *
 * <p>The load: 1–10 statements for most transactions, up to 60 for a quarter, up to 200 for one in
 * twenty; accounts opened (with an opening ledger entry), transfers, deposits, owner changes, notes of a
 * few bytes or (one in 150) 10–200 KB, account closings (the ledger rows go too), ledger consolidation
 * (an account's rows replaced by one row with their sum); one transaction in twenty rolls back, and some
 * open a savepoint that is rolled back to or released a few operations later.
 */
final class WorkloadPlanner {
    static final int ACCOUNT_IDS = 400;
    static final int MIN_ACCOUNTS = 20;
    static final int MAX_ACCOUNTS = 300;
    static final int OWNERS = 40;
    private static final int LEDGER_ROWS_BEFORE_CONSOLIDATION = 40;

    private final SplittableRandom random;
    private final List<Step> steps = new ArrayList<>();
    private BankState state;
    private String savepoint;
    private BankState savepointState;
    private int operationsLeftInSavepoint;
    private int savepointsOpened;

    private WorkloadPlanner(long seed, long transaction, BankState before) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + transaction);
        this.state = before.copy();
    }

    static TransactionPlan plan(long seed, long transaction, BankState before) {
        return new WorkloadPlanner(seed, transaction, before).plan(transaction, before);
    }

    static String owner(int number) {
        return "owner-" + number;
    }

    private TransactionPlan plan(long transaction, BankState before) {
        boolean commits = random.nextInt(100) >= 5;
        int target = statementTarget();
        while (steps.size() < target) {
            // Not as the first statement: DoSQL's setSavepoint before any statement fails with 25P01 (FINDINGS.md).
            if (savepoint == null && random.nextInt(100) < 5 && !steps.isEmpty()) {
                savepoint = "sp" + ++savepointsOpened;
                savepointState = state.copy();
                operationsLeftInSavepoint = 1 + random.nextInt(4);
                add(new Step.SetSavepoint(savepoint));
            }
            addOperation();
            if (savepoint != null && --operationsLeftInSavepoint == 0) {
                closeSavepoint();
            }
        }
        if (savepoint != null) {
            closeSavepoint();
        }
        if (commits) {
            add(new Step.RecordCommit(steps.size() + 1));
        }
        return new TransactionPlan(transaction, steps, commits, commits ? state : before);
    }

    private int statementTarget() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return 1 + random.nextInt(10);
        }
        if (roll < 95) {
            return 10 + random.nextInt(50);
        }
        return 60 + random.nextInt(141);
    }

    private void closeSavepoint() {
        if (random.nextInt(100) < 60) {
            add(new Step.RollbackToSavepoint(savepoint));
            state = savepointState;
        } else {
            add(new Step.ReleaseSavepoint(savepoint));
        }
        savepoint = null;
        savepointState = null;
    }

    private void addOperation() {
        int accounts = state.accounts().size();
        int roll = random.nextInt(100);
        if (accounts < MIN_ACCOUNTS || (roll < 12 && accounts < MAX_ACCOUNTS)) {
            openAccount();
        } else if (roll < 50) {
            int from = anyAccount();
            int to = anyAccount();
            long amount = 1 + random.nextInt(5_000);
            add(new Step.AddToBalance(from, -amount));
            add(new Step.AddToBalance(to, amount));
            addLedgerRow(from, -amount);
            addLedgerRow(to, amount);
        } else if (roll < 62) {
            int account = anyAccount();
            long amount = random.nextInt(20_001) - 10_000;
            add(new Step.AddToBalance(account, amount));
            addLedgerRow(account, amount);
        } else if (roll < 74) {
            add(new Step.SetOwner(anyAccount(), owner(random.nextInt(OWNERS))));
        } else if (roll < 86) {
            add(new Step.SetNote(anyAccount(), note()));
        } else if (roll < 93 && accounts > MIN_ACCOUNTS) {
            int account = anyAccount();
            add(new Step.DeleteLedger(account));
            add(new Step.DeleteAccount(account));
        } else {
            consolidate(anyAccount());
        }
    }

    private void openAccount() {
        int id;
        do {
            id = random.nextInt(ACCOUNT_IDS);
        } while (state.accounts().containsKey(id));
        long balance = random.nextInt(100_001);
        add(new Step.InsertAccount(id, owner(random.nextInt(OWNERS)), balance, note()));
        add(new Step.InsertLedger(id, balance));
    }

    private void addLedgerRow(int account, long delta) {
        add(new Step.InsertLedger(account, delta));
        if (state.ledgerOf(account).rows() > LEDGER_ROWS_BEFORE_CONSOLIDATION) {
            consolidate(account);
        }
    }

    private void consolidate(int account) {
        long sum = state.ledgerOf(account).sum();
        add(new Step.DeleteLedger(account));
        add(new Step.InsertLedger(account, sum));
    }

    private Note note() {
        // Rare: phase 1 logs whole rows, so every balance update of an account with a big note logs the note.
        int length = random.nextInt(150) == 0 ? 10_240 + random.nextInt(190_001) : random.nextInt(60);
        return new Note(random.nextLong(), length);
    }

    private int anyAccount() {
        int skip = random.nextInt(state.accounts().size());
        for (Integer id : state.accounts().keySet()) {
            if (skip-- == 0) {
                return id;
            }
        }
        throw new IllegalStateException("no accounts");
    }

    private void add(Step step) {
        step.applyTo(state);
        steps.add(step);
    }
}
