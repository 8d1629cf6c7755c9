package io.dosql.jdbc.durability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a recovered crash-workload database against the two states it may legally be in: every
 * acknowledged transaction applied ({@code withoutInFlight}), or that plus the transaction that was
 * running at the kill ({@code withInFlight}); anything in between is a half transaction.
 *
 * <p>Besides the contents it checks, on the database itself: each balance equals its ledger sum and no
 * ledger row outlives its account; every index agrees with its table (the same question answered through
 * the index, {@code owner = ?} / {@code account = ?} / {@code id = ?}, and through a scan that cannot use
 * it, {@code owner || '' = ?} / {@code account + 0}); ledger ids increase with the transaction number and
 * rows written since the previous check have ids above every id seen then (identity values never repeat).
 */
final class CrashVerifier {

    /** What one check found; {@code failures} is empty when the database is as it must be. */
    record Outcome(boolean inFlightPresent, List<String> failures, BankState state, TreeMap<Long, Integer> commits,
                   long maxLedgerId) {
    }

    /** The legal states and what the previous check saw. */
    record Expectation(BankState withoutInFlight, TreeMap<Long, Integer> commitsWithoutInFlight,
                       TransactionPlan inFlight, long lastCheckedTransaction, long maxLedgerIdBefore) {
    }

    private final Connection connection;
    private final List<String> failures = new ArrayList<>();

    private CrashVerifier(Connection connection) {
        this.connection = connection;
    }

    static Outcome verify(Connection connection, Expectation expected) throws SQLException {
        return new CrashVerifier(connection).verify(expected);
    }

    private Outcome verify(Expectation expected) throws SQLException {
        boolean[] exist = BankStateReader.tablesExist(connection);
        if (!exist[0] && !exist[1] && !exist[2]) {
            check(expected.commitsWithoutInFlight().isEmpty(), "the tables are gone but transactions %s were acknowledged",
                    expected.commitsWithoutInFlight().keySet());
            return new Outcome(false, failures, new BankState(), new TreeMap<>(), expected.maxLedgerIdBefore());
        }
        if (!(exist[0] && exist[1] && exist[2])) {
            failures.add("half of the schema exists (accounts, ledger, commits): " + exist[0] + ", " + exist[1] + ", "
                    + exist[2]);
            return new Outcome(false, failures, new BankState(), new TreeMap<>(), expected.maxLedgerIdBefore());
        }
        TreeMap<Long, Integer> commits = BankStateReader.commits(connection);
        TransactionPlan inFlight = expected.inFlight();
        boolean present = inFlight.commits() && commits.containsKey(inFlight.transaction());
        TreeMap<Long, Integer> expectedCommits = new TreeMap<>(expected.commitsWithoutInFlight());
        BankState expectedState = expected.withoutInFlight();
        if (present) {
            expectedCommits.put(inFlight.transaction(), inFlight.steps().size());
            expectedState = inFlight.after();
        }
        if (!commits.equals(expectedCommits)) {
            TreeSet<Long> missing = new TreeSet<>(expectedCommits.keySet());
            missing.removeAll(commits.keySet());
            TreeSet<Long> unexpected = new TreeSet<>(commits.keySet());
            unexpected.removeAll(expectedCommits.keySet());
            failures.add("commits table: acknowledged but missing " + first(missing) + ", unexpected " + first(unexpected)
                    + (missing.isEmpty() && unexpected.isEmpty() ? ", statement counts differ" : ""));
        }
        BankState actual = BankStateReader.read(connection);
        check(actual.equals(expectedState), "contents differ from the %s state (%s): %s",
                present ? "with-in-flight" : "acknowledged-only", expectedState, actual.differenceFrom(expectedState));
        checkInvariants();
        checkOwnerIndex(actual);
        checkAccountPrimaryKey(actual);
        checkLedgerAccountIndex(actual);
        long maxLedgerId = checkLedgerIdentity(actual, expected.lastCheckedTransaction(), expected.maxLedgerIdBefore());
        return new Outcome(present, failures, actual, commits, maxLedgerId);
    }

    private void checkInvariants() throws SQLException {
        long unbalanced = single("SELECT count(*) FROM accounts a LEFT JOIN (SELECT account, sum(delta) AS total"
                + " FROM ledger GROUP BY account) l ON l.account = a.id WHERE coalesce(l.total, 0) <> a.balance");
        check(unbalanced == 0, "%d accounts whose balance is not the sum of their ledger deltas", unbalanced);
        long orphans = single("SELECT count(*) FROM ledger WHERE account NOT IN (SELECT id FROM accounts)");
        check(orphans == 0, "%d ledger rows of closed accounts", orphans);
        long totalBalance = single("SELECT coalesce(sum(balance), 0) FROM accounts");
        long totalDelta = single("SELECT coalesce(sum(delta), 0) FROM ledger");
        check(totalBalance == totalDelta, "sum of balances %d, sum of ledger deltas %d", totalBalance, totalDelta);
    }

    private void checkOwnerIndex(BankState actual) throws SQLException {
        try (PreparedStatement byIndex = connection.prepareStatement("SELECT id FROM accounts WHERE owner = ? ORDER BY id");
             PreparedStatement byScan = connection.prepareStatement(
                     "SELECT id FROM accounts WHERE owner || '' = ? ORDER BY id");
             PreparedStatement countByIndex = connection.prepareStatement("SELECT count(*) FROM accounts WHERE owner = ?");
             PreparedStatement countByScan = connection.prepareStatement(
                     "SELECT count(*) FROM accounts WHERE owner || '' = ?")) {
            for (int number = 0; number < WorkloadPlanner.OWNERS; number++) {
                String owner = WorkloadPlanner.owner(number);
                List<Integer> expected = new ArrayList<>();
                actual.accounts().forEach((id, account) -> {
                    if (account.owner().equals(owner)) {
                        expected.add(id);
                    }
                });
                List<Integer> indexed = ids(byIndex, owner);
                List<Integer> scanned = ids(byScan, owner);
                check(indexed.equals(scanned) && scanned.equals(expected),
                        "index accounts_owner disagrees for %s: index %s, scan %s, table %s", owner, indexed, scanned, expected);
                countByIndex.setString(1, owner);
                countByScan.setString(1, owner);
                long indexCount = single(countByIndex);
                long scanCount = single(countByScan);
                check(indexCount == scanCount && scanCount == expected.size(),
                        "count(*) for %s: index %d, scan %d, table %d", owner, indexCount, scanCount, expected.size());
            }
        }
    }

    private void checkAccountPrimaryKey(BankState actual) throws SQLException {
        try (PreparedStatement byKey = connection.prepareStatement("SELECT owner, balance FROM accounts WHERE id = ?")) {
            for (Map.Entry<Integer, BankState.Account> entry : actual.accounts().entrySet()) {
                byKey.setInt(1, entry.getKey());
                try (ResultSet rows = byKey.executeQuery()) {
                    boolean found = rows.next();
                    check(found && rows.getString(1).equals(entry.getValue().owner())
                                    && rows.getLong(2) == entry.getValue().balance(),
                            "primary key of accounts does not find id %d as the scan does", entry.getKey());
                }
            }
        }
        long byKeyRange = single("SELECT count(*) FROM accounts WHERE id >= 0");
        long byScan = single("SELECT count(*) FROM accounts WHERE id + 0 >= 0");
        check(byKeyRange == byScan && byScan == actual.accounts().size(),
                "count(*) of accounts: key range %d, scan %d, read %d", byKeyRange, byScan, actual.accounts().size());
    }

    private void checkLedgerAccountIndex(BankState actual) throws SQLException {
        TreeMap<Integer, BankState.LedgerTotals> scanned = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT account + 0, count(*), sum(delta) FROM ledger GROUP BY account + 0")) {
            while (rows.next()) {
                scanned.put(rows.getInt(1), new BankState.LedgerTotals(rows.getLong(2), rows.getLong(3)));
            }
        }
        if (!scanned.equals(actual.ledger())) {
            BankState byScan = new BankState();
            BankState byGroup = new BankState();
            scanned.forEach(byScan::putLedgerTotals);
            actual.ledger().forEach(byGroup::putLedgerTotals);
            failures.add("ledger totals GROUP BY account + 0 (scan) vs GROUP BY account: " + byScan.differenceFrom(byGroup));
        }
        TreeSet<Integer> accounts = new TreeSet<>(scanned.keySet());
        accounts.addAll(actual.accounts().keySet());
        try (PreparedStatement byIndex = connection.prepareStatement(
                "SELECT count(*), coalesce(sum(delta), 0) FROM ledger WHERE account = ?")) {
            for (int account : accounts) {
                byIndex.setInt(1, account);
                try (ResultSet rows = byIndex.executeQuery()) {
                    rows.next();
                    BankState.LedgerTotals indexed = new BankState.LedgerTotals(rows.getLong(1), rows.getLong(2));
                    BankState.LedgerTotals expected = scanned.getOrDefault(account, BankState.LedgerTotals.NONE);
                    check(indexed.equals(expected), "index ledger_account disagrees for account %d: index %s, scan %s",
                            account, indexed, expected);
                }
            }
        }
    }

    /** Returns the largest ledger id now present (or the previous one when the ledger is empty). */
    private long checkLedgerIdentity(BankState actual, long lastCheckedTransaction, long maxLedgerIdBefore)
            throws SQLException {
        long rowCount = 0;
        long previousId = Long.MIN_VALUE;
        long previousTransaction = Long.MIN_VALUE;
        long maxId = maxLedgerIdBefore;
        List<long[]> sample = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, txn FROM ledger ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long transaction = rows.getLong(2);
                check(id > previousId, "ledger ids not strictly increasing: %d after %d", id, previousId);
                check(transaction >= previousTransaction,
                        "ledger id %d of transaction %d follows an id of later transaction %d", id, transaction,
                        previousTransaction);
                check(transaction <= lastCheckedTransaction || id > maxLedgerIdBefore,
                        "ledger id %d of transaction %d reuses an identity value issued before the crash (max was %d)", id,
                        transaction, maxLedgerIdBefore);
                if (rowCount % 97 == 0) {
                    sample.add(new long[] {id, transaction});
                }
                previousId = id;
                previousTransaction = transaction;
                maxId = Math.max(maxId, id);
                rowCount++;
            }
        }
        check(rowCount == actual.ledgerRows(), "ledger has %d rows in id order but %d by account", rowCount,
                actual.ledgerRows());
        try (PreparedStatement byKey = connection.prepareStatement("SELECT txn FROM ledger WHERE id = ?")) {
            for (long[] row : sample) {
                byKey.setLong(1, row[0]);
                try (ResultSet rows = byKey.executeQuery()) {
                    check(rows.next() && rows.getLong(1) == row[1], "primary key of ledger does not find id %d", row[0]);
                }
            }
        }
        return maxId;
    }

    private List<Integer> ids(PreparedStatement query, String owner) throws SQLException {
        query.setString(1, owner);
        List<Integer> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void check(boolean condition, String format, Object... arguments) {
        if (!condition && failures.size() < 50) {
            failures.add(String.format(format, arguments));
        }
    }

    private static String first(TreeSet<Long> numbers) {
        return numbers.size() <= 10 ? numbers.toString() : numbers.headSet(Objects.requireNonNull(
                numbers.stream().skip(10).findFirst().orElseThrow())) + " and " + (numbers.size() - 10) + " more";
    }
}
