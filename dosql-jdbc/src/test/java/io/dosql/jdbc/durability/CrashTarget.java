package io.dosql.jdbc.durability;

import java.nio.file.Path;
import java.util.List;

/**
 * A database engine the crash workload can run on: DoSQL's durable files, or SQLite (which proved the
 * harness itself before DoSQL had files, and keeps proving it cheaply).
 */
enum CrashTarget {
    DOSQL("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY") {
        @Override
        String url(Path directory, String options) {
            return "jdbc:dosql:file:" + directory + (options.isEmpty() ? "" : "?" + options);
        }

        @Override
        boolean commitsMayBeLost(String options) {
            return options.contains("synchronous_commit=off");
        }
    },
    SQLITE("integer PRIMARY KEY AUTOINCREMENT") {
        @Override
        String url(Path directory, String options) {
            return "jdbc:sqlite:" + directory.resolve("bank.sqlite");
        }
    };

    /**
     * DoSQL URL options of the crash test: a 1 MB buffer pool makes the database checkpoint every few
     * transactions (at half the pool in dirty pages), so kills land in checkpoints too.
     */
    static final String DEFAULT_OPTIONS = "buffer_pool_mb=1";

    private final String identityColumn;

    CrashTarget(String identityColumn) {
        this.identityColumn = identityColumn;
    }

    /** The JDBC URL of the database kept in {@code directory}, with URL options where the engine takes them. */
    abstract String url(Path directory, String options);

    /**
     * Whether a crash may lose the latest acknowledged commits (never half of one, never one before a
     * surviving one): DoSQL with {@code synchronous_commit=off}.
     */
    boolean commitsMayBeLost(String options) {
        return false;
    }

    /** The workload's tables and indexes; every statement is idempotent, all run in one transaction. */
    List<String> schema() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS accounts (id int PRIMARY KEY, owner text NOT NULL,"
                        + " balance bigint NOT NULL, note text)",
                "CREATE INDEX IF NOT EXISTS accounts_owner ON accounts (owner)",
                "CREATE TABLE IF NOT EXISTS ledger (id " + identityColumn + ", txn bigint NOT NULL,"
                        + " account int NOT NULL, delta bigint NOT NULL)",
                "CREATE INDEX IF NOT EXISTS ledger_account ON ledger (account)",
                "CREATE TABLE IF NOT EXISTS commits (txn bigint PRIMARY KEY, statements int NOT NULL)");
    }
}
