package io.dosql.bench.concurrency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The workload's two tables: {@code accounts(id int primary key, balance bigint)} with ids 1..rows and
 * balance 0, and {@code history}, one row per committed transaction. Every committed transaction adds 1 to
 * one balance and one history row, so after a run sum(balance) = count(history) = commits.
 */
public final class CommitSchema {
    private CommitSchema() {
    }

    /** (Re)creates both tables of {@code target} and loads {@code rows} accounts in one transaction. */
    public static void create(CommitTarget target, int rows) throws SQLException {
        try (Connection connection = target.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + target.historyTable());
                statement.execute("DROP TABLE IF EXISTS " + target.accountsTable());
                statement.execute("CREATE TABLE " + target.accountsTable()
                        + " (id int PRIMARY KEY, balance bigint NOT NULL)");
                statement.execute("CREATE TABLE " + target.historyTable()
                        + " (account_id int NOT NULL, delta bigint NOT NULL, worker int NOT NULL, seq bigint NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + target.accountsTable() + " (id, balance) VALUES (?, 0)")) {
                for (int id = 1; id <= rows; id++) {
                    insert.setInt(1, id);
                    insert.addBatch();
                    if (id % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    /** What the tables hold after a run. */
    public record Totals(long accounts, long balanceSum, long historyRows) {
        /** Whether the tables agree with {@code commits} acknowledged commits. */
        public boolean consistentWith(long commits, int rows) {
            return accounts == rows && balanceSum == commits && historyRows == commits;
        }
    }

    public static Totals totals(CommitTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            long accounts;
            long balanceSum;
            long historyRows;
            try (ResultSet row = statement.executeQuery(
                    "SELECT count(*), coalesce(sum(balance), 0) FROM " + target.accountsTable())) {
                row.next();
                accounts = row.getLong(1);
                balanceSum = row.getLong(2);
            }
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM " + target.historyTable())) {
                row.next();
                historyRows = row.getLong(1);
            }
            return new Totals(accounts, balanceSum, historyRows);
        }
    }
}
