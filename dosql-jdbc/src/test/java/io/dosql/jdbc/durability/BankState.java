package io.dosql.jdbc.durability;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The contents of the crash workload's {@code accounts} and {@code ledger} tables, as the parent expects
 * them (built by replaying plans) or as a database holds them (read back); two states are equal when the
 * tables agree row for row (notes by length and hash, ledger rows by count and sum per account).
 *
 * <p>Invariants of every committed state: each account's balance equals the sum of its ledger deltas, and
 * ledger rows exist only for live accounts.
 */
final class BankState {
    /** One row of {@code accounts}; the note is kept as its length and {@link String#hashCode()}. */
    record Account(String owner, long balance, int noteLength, int noteHash) {
        Account {
            Objects.requireNonNull(owner, "owner is null");
        }

        Account withBalance(long newBalance) {
            return new Account(owner, newBalance, noteLength, noteHash);
        }

        Account withOwner(String newOwner) {
            return new Account(newOwner, balance, noteLength, noteHash);
        }

        Account withNote(String note) {
            return new Account(owner, balance, note.length(), note.hashCode());
        }
    }

    /** The ledger rows of one account: how many, and the sum of their deltas. */
    record LedgerTotals(long rows, long sum) {
        static final LedgerTotals NONE = new LedgerTotals(0, 0);

        LedgerTotals plus(long delta) {
            return new LedgerTotals(rows + 1, sum + delta);
        }
    }

    private final TreeMap<Integer, Account> accounts;
    private final TreeMap<Integer, LedgerTotals> ledger;

    BankState() {
        this(new TreeMap<>(), new TreeMap<>());
    }

    private BankState(TreeMap<Integer, Account> accounts, TreeMap<Integer, LedgerTotals> ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    BankState copy() {
        return new BankState(new TreeMap<>(accounts), new TreeMap<>(ledger));
    }

    /** Live accounts by id, ascending (a live view: callers must not modify it). */
    Map<Integer, Account> accounts() {
        return accounts;
    }

    /** Ledger totals by account id, ascending, for accounts that have ledger rows. */
    Map<Integer, LedgerTotals> ledger() {
        return ledger;
    }

    LedgerTotals ledgerOf(int account) {
        return ledger.getOrDefault(account, LedgerTotals.NONE);
    }

    long ledgerRows() {
        return ledger.values().stream().mapToLong(LedgerTotals::rows).sum();
    }

    void putAccount(int id, Account account) {
        accounts.put(id, account);
    }

    void removeAccount(int id) {
        accounts.remove(id);
    }

    void addLedgerRow(int account, long delta) {
        ledger.put(account, ledgerOf(account).plus(delta));
    }

    void removeLedgerRows(int account) {
        ledger.remove(account);
    }

    /** Sets {@code account}'s ledger totals as read from a database. */
    void putLedgerTotals(int account, LedgerTotals totals) {
        ledger.put(account, totals);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankState state && accounts.equals(state.accounts) && ledger.equals(state.ledger);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accounts, ledger);
    }

    /** A short description of where two states differ, for failure messages. */
    String differenceFrom(BankState other) {
        StringBuilder difference = new StringBuilder();
        describe(difference, "account", accounts, other.accounts);
        describe(difference, "ledger of account", ledger, other.ledger);
        return difference.length() == 0 ? "no difference" : difference.toString();
    }

    private static <V> void describe(StringBuilder out, String what, Map<Integer, V> mine, Map<Integer, V> theirs) {
        TreeMap<Integer, Boolean> keys = new TreeMap<>();
        mine.keySet().forEach(key -> keys.put(key, true));
        theirs.keySet().forEach(key -> keys.put(key, true));
        int shown = 0;
        for (Integer key : keys.keySet()) {
            V left = mine.get(key);
            V right = theirs.get(key);
            if (!Objects.equals(left, right) && shown++ < 5) {
                out.append(what).append(' ').append(key).append(": ").append(left).append(" vs ").append(right)
                        .append("; ");
            }
        }
    }

    @Override
    public String toString() {
        return accounts.size() + " accounts, " + ledgerRows() + " ledger rows";
    }
}
