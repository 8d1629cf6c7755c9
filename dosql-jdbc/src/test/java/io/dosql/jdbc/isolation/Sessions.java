package io.dosql.jdbc.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sessions of one test over one fresh database; closing rolls every session back, closes it and drops
 * the database, also after a failed assertion.
 */
final class Sessions implements AutoCloseable {
    /** How long a statement must stay unfinished to count as blocked on a lock. */
    static final long BLOCKED_MILLIS = 300;

    final TestDatabase database;
    private final List<Session> open = new ArrayList<>();

    Sessions(Target target) throws Exception {
        this.database = target.create();
    }

    Session open(String name, Isolation level, LevelForm form) throws Exception {
        Session session = new Session(name, database, level, form);
        open.add(session);
        return session;
    }

    /** The committed contents of Hermitage's table, read outside every session. */
    Map<Integer, Integer> table() throws SQLException {
        Map<Integer, Integer> map = new TreeMap<>();
        try (var statement = database.admin().createStatement();
             var rows = statement.executeQuery("SELECT id, value FROM test ORDER BY id")) {
            while (rows.next()) {
                map.put(rows.getInt(1), rows.getInt(2));
            }
        }
        return map;
    }

    static Map<Integer, Integer> rows(int... idValuePairs) {
        Map<Integer, Integer> map = new TreeMap<>();
        for (int i = 0; i < idValuePairs.length; i += 2) {
            map.put(idValuePairs[i], idValuePairs[i + 1]);
        }
        return map;
    }

    /** The step is waiting (on a lock): it has not finished after {@link #BLOCKED_MILLIS}. */
    static void assertBlocked(Future<?> step) {
        try {
            step.get(BLOCKED_MILLIS, TimeUnit.MILLISECONDS);
            fail("expected the step to block, but it finished");
        } catch (TimeoutException expected) {
            // Still waiting, as it should.
        } catch (ExecutionException e) {
            fail("expected the step to block, but it failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The step fails with this SQLSTATE (within the step timeout). */
    static SQLException assertFails(Future<?> step, String sqlState) {
        try {
            Object result = Session.await(step);
            throw new AssertionError("expected SQLSTATE " + sqlState + " but the step succeeded: " + result);
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("SQLSTATE of: %s", e.getMessage()).isEqualTo(sqlState);
            return e;
        }
    }

    /** The step fails with this SQLSTATE. */
    static SQLException assertFails(String sqlState, SqlStep step) {
        try {
            step.run();
            throw new AssertionError("expected SQLSTATE " + sqlState + " but the step succeeded");
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("SQLSTATE of: %s", e.getMessage()).isEqualTo(sqlState);
            return e;
        }
    }

    /**
     * Waits until one of two steps fails and returns it (at most the step timeout). Both may be done by the
     * time we look (the victim's error can release the locks the other waited for), so a finished step
     * counts only when it failed.
     */
    static <T> Future<T> firstFailed(Future<T> a, Future<T> b) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Session.STEP_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (failed(a)) {
                return a;
            }
            if (failed(b)) {
                return b;
            }
            if (a.isDone() && b.isDone()) {
                throw new AssertionError("both steps succeeded; expected one of them to fail");
            }
            Thread.sleep(10);
        }
        throw new AssertionError("neither step failed within " + Session.STEP_TIMEOUT_SECONDS + " s");
    }

    private static boolean failed(Future<?> step) throws InterruptedException {
        if (!step.isDone()) {
            return false;
        }
        try {
            step.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    interface SqlStep {
        void run() throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        // Every session first, so locks are gone before the database is dropped.
        for (Session session : open) {
            session.close();
        }
        database.close();
    }
}
