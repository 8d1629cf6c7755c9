package io.dosql.jdbc.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concurrent SERIALIZABLE transfers between accounts, retried on serialization failures and deadlocks:
 * money is neither created nor lost, and every committed transfer (logged in the same transaction) is
 * reflected exactly once in the balances.
 */
@Timeout(120)
class BankTransferInvariantTest {
    private static final int ACCOUNTS = 20;
    private static final long OPENING_BALANCE = 1000;
    private static final int THREADS = 8;
    private static final int TRANSFERS_PER_THREAD = 200;
    private static final int MAX_ATTEMPTS = 1000;

    private final AtomicLong transferIds = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    /** Ids of the transfers whose transaction committed (acknowledged by commit()). */
    private final Set<Long> committedTransfers = ConcurrentHashMap.newKeySet();

    static Stream<Target> targets() {
        return Stream.of(Target.POSTGRESQL, Target.DOSQL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void transfersPreserveTheTotalAndTheLog(Target target) throws Exception {
        try (TestDatabase database = target.create()) {
            database.execute("CREATE TABLE accounts (id INT PRIMARY KEY, balance BIGINT NOT NULL)",
                    "CREATE TABLE transfers (id BIGINT PRIMARY KEY, from_id INT NOT NULL, to_id INT NOT NULL,"
                            + " amount BIGINT NOT NULL)");
            StringBuilder insert = new StringBuilder("INSERT INTO accounts (id, balance) VALUES ");
            for (int id = 1; id <= ACCOUNTS; id++) {
                insert.append(id == 1 ? "" : ", ").append('(').append(id).append(", ").append(OPENING_BALANCE).append(')');
            }
            database.execute(insert.toString());

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    long seed = 42 + thread;
                    workers.add(pool.submit(() -> {
                        runTransfers(database, new SplittableRandom(seed));
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get(100, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            verify(database.admin());
        }
    }

    private void runTransfers(TestDatabase database, SplittableRandom random) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try (PreparedStatement read = connection.prepareStatement(
                         "SELECT id, balance FROM accounts WHERE id IN (?, ?)");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE accounts SET balance = ? WHERE id = ?");
                 PreparedStatement log = connection.prepareStatement(
                         "INSERT INTO transfers (id, from_id, to_id, amount) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                    int from = 1 + random.nextInt(ACCOUNTS);
                    int to = 1 + (from + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    long amount = 1 + random.nextInt(100);
                    transferWithRetry(connection, read, update, log, from, to, amount);
                }
            }
        }
    }

    private void transferWithRetry(Connection connection, PreparedStatement read, PreparedStatement update,
                                   PreparedStatement log, int from, int to, long amount) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                long transferId = transfer(read, update, log, from, to, amount);
                connection.commit();
                committed.incrementAndGet();
                if (transferId > 0) {
                    committedTransfers.add(transferId);
                }
                return;
            } catch (SQLException e) {
                connection.rollback();
                boolean retryable = "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
                if (!retryable || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                retries.incrementAndGet();
                // A short random pause before retrying: without one, eight threads retrying in lockstep can
                // starve one transaction (PostgreSQL once failed a transfer 1000 times in a row here).
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(Math.min(attempt, 8) + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Returns the logged transfer's id, or 0 when the balance was too low to transfer. */
    private long transfer(PreparedStatement read, PreparedStatement update, PreparedStatement log,
                          int from, int to, long amount) throws SQLException {
        read.setInt(1, from);
        read.setInt(2, to);
        Map<Integer, Long> balances = new HashMap<>();
        try (ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                balances.put(rows.getInt(1), rows.getLong(2));
            }
        }
        // An account never goes negative: the transfer is then skipped (the transaction still read).
        if (balances.get(from) < amount) {
            return 0;
        }
        update.setLong(1, balances.get(from) - amount);
        update.setInt(2, from);
        assertThat(update.executeUpdate()).isEqualTo(1);
        update.setLong(1, balances.get(to) + amount);
        update.setInt(2, to);
        assertThat(update.executeUpdate()).isEqualTo(1);
        long transferId = transferIds.incrementAndGet();
        log.setLong(1, transferId);
        log.setInt(2, from);
        log.setInt(3, to);
        log.setLong(4, amount);
        assertThat(log.executeUpdate()).isEqualTo(1);
        return transferId;
    }

    private void verify(Connection admin) throws SQLException {
        Map<Integer, Long> balances = new HashMap<>();
        Map<Integer, Long> logged = new HashMap<>();
        long logRows;
        Set<Long> loggedIds = new java.util.HashSet<>();
        try (Statement statement = admin.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT id, balance FROM accounts")) {
                while (rows.next()) {
                    balances.put(rows.getInt(1), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT from_id, to_id, amount, id FROM transfers")) {
                long count = 0;
                while (rows.next()) {
                    logged.merge(rows.getInt(1), -rows.getLong(3), Long::sum);
                    logged.merge(rows.getInt(2), rows.getLong(3), Long::sum);
                    loggedIds.add(rows.getLong(4));
                    count++;
                }
                logRows = count;
            }
        }
        assertThat(balances).hasSize(ACCOUNTS);
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ACCOUNTS * OPENING_BALANCE);
        for (int id = 1; id <= ACCOUNTS; id++) {
            assertThat(balances.get(id)).as("balance of account %d", id).isGreaterThanOrEqualTo(0)
                    .isEqualTo(OPENING_BALANCE + logged.getOrDefault(id, 0L));
        }
        assertThat(committed.get()).isEqualTo((long) THREADS * TRANSFERS_PER_THREAD);
        // Exactly the acknowledged transfers are logged: none lost, none from a rolled-back attempt.
        assertThat(loggedIds).hasSize((int) logRows).isEqualTo(committedTransfers);
        System.out.printf("bank: %d transactions committed, %d logged transfers, %d retries%n",
                committed.get(), logRows, retries.get());
    }
}
