package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A statement waiting for a row lock stops on statement_timeout, setQueryTimeout and cancel() (57014). */
class LockWaitCancelTest {
    private Connection holder;
    private Connection waiter;

    @BeforeEach
    void lockedRow() throws SQLException {
        String url = "jdbc:dosql:mem:lockwait" + System.nanoTime();
        holder = DriverManager.getConnection(url);
        waiter = DriverManager.getConnection(url);
        try (Statement statement = holder.createStatement()) {
            statement.execute("CREATE TABLE t (id INT PRIMARY KEY, v INT)");
            statement.execute("INSERT INTO t VALUES (1, 0)");
        }
        holder.setAutoCommit(false);
        try (Statement statement = holder.createStatement()) {
            statement.executeUpdate("UPDATE t SET v = 1 WHERE id = 1");
        }
    }

    @AfterEach
    void close() throws SQLException {
        holder.close();
        waiter.close();
    }

    @Test
    void statementTimeoutEndsALockWait() throws SQLException {
        try (Statement statement = waiter.createStatement()) {
            statement.execute("SET statement_timeout = '300ms'");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET v = 2 WHERE id = 1"))
                    .isInstanceOfSatisfying(SQLException.class, failure -> {
                        assertThat(failure.getSQLState()).isEqualTo("57014");
                        assertThat(failure.getMessage()).contains("statement timeout");
                    });
        }
        holder.commit();
        try (Statement statement = waiter.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE t SET v = 2 WHERE id = 1")).isEqualTo(1);
        }
    }

    @Test
    void queryTimeoutEndsALockWait() throws SQLException {
        try (Statement statement = waiter.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET v = 2 WHERE id = 1"))
                    .isInstanceOfSatisfying(SQLTimeoutException.class,
                            failure -> assertThat(failure.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void cancelEndsALockWait() throws Exception {
        try (Statement statement = waiter.createStatement()) {
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    statement.cancel();
                } catch (Exception impossible) {
                    throw new AssertionError(impossible);
                }
            });
            canceller.start();
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET v = 2 WHERE id = 1"))
                    .isInstanceOfSatisfying(SQLException.class,
                            failure -> assertThat(failure.getSQLState()).isEqualTo("57014"));
            canceller.join();
        }
        try (Statement statement = waiter.createStatement()) {
            assertThat(statement.executeQuery("SELECT v FROM t").next()).isTrue();
        }
    }
}
