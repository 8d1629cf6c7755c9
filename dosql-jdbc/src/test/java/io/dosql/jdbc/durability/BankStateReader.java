package io.dosql.jdbc.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;

/** Reads the crash workload's tables back into a {@link BankState} and the set of committed transactions. */
final class BankStateReader {
    private BankStateReader() {
    }

    /** Whether each of the workload's tables exists: all true or all false unless DDL was torn. */
    static boolean[] tablesExist(Connection connection) {
        String[] tables = {"accounts", "ledger", "commits"};
        boolean[] exist = new boolean[tables.length];
        for (int index = 0; index < tables.length; index++) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + tables[index])) {
                exist[index] = rows.next();
            } catch (SQLException absent) {
                exist[index] = false;
                rollbackQuietly(connection);
            }
        }
        return exist;
    }

    static BankState read(Connection connection) throws SQLException {
        BankState state = new BankState();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, owner, balance, note FROM accounts ORDER BY id")) {
                while (rows.next()) {
                    String note = rows.getString(4);
                    state.putAccount(rows.getInt(1), new BankState.Account(rows.getString(2), rows.getLong(3),
                            note.length(), note.hashCode()));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT account, count(*), sum(delta) FROM ledger GROUP BY account ORDER BY account")) {
                while (rows.next()) {
                    state.putLedgerTotals(rows.getInt(1), new BankState.LedgerTotals(rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return state;
    }

    /** Committed transaction numbers with the statement count each recorded. */
    static TreeMap<Long, Integer> commits(Connection connection) throws SQLException {
        TreeMap<Long, Integer> commits = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT txn, statements FROM commits ORDER BY txn")) {
            while (rows.next()) {
                commits.put(rows.getLong(1), rows.getInt(2));
            }
        }
        return commits;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is unusable; the caller's next statement will say so
        }
    }
}
