package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.junit.jupiter.api.Test;

class DoSqlConnectionTest {
    @Test
    void transactionsGoThroughTheSession() throws SQLException {
        FakeSession session = new FakeSession();
        try (Connection connection = session.connect()) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThatThrownBy(connection::commit).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("25P01");
            connection.setAutoCommit(false);
            assertThat(session.autoCommit).isFalse();
            connection.commit();
            connection.rollback();
            assertThat(session.commits).isEqualTo(1);
            assertThat(session.rollbacks).isEqualTo(1);
        }
    }

    @Test
    void savepointsIssueSql() throws SQLException {
        FakeSession session = new FakeSession();
        try (Connection connection = session.connect()) {
            assertThatThrownBy(connection::setSavepoint).isInstanceOf(SQLException.class);
            connection.setAutoCommit(false);
            Savepoint unnamed = connection.setSavepoint();
            session.inTransaction = true;
            Savepoint named = connection.setSavepoint("before \"x\"");
            connection.rollback(named);
            connection.releaseSavepoint(unnamed);
            assertThat(unnamed.getSavepointId()).isEqualTo(1);
            assertThat(named.getSavepointName()).isEqualTo("before \"x\"");
            assertThat(session.scripts).containsExactly("BEGIN", "SAVEPOINT \"dosql_savepoint_1\"",
                    "SAVEPOINT \"before \"\"x\"\"\"", "ROLLBACK TO SAVEPOINT \"before \"\"x\"\"\"",
                    "RELEASE SAVEPOINT \"dosql_savepoint_1\"");
        }
    }

    @Test
    void isolationAppliesToTheNextTransactionsLikePgjdbc() throws SQLException {
        FakeSession session = new FakeSession();
        try (Connection connection = session.connect()) {
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(session.scripts).containsExactly(
                    "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            session.inTransaction = true;
            assertThatThrownBy(() -> connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ))
                    .isInstanceOfSatisfying(SQLException.class, error -> assertThat(error.getSQLState()).isEqualTo("25001"));
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            assertThatThrownBy(() -> connection.setTransactionIsolation(99)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void simplePropertiesAndWrappers() throws SQLException {
        FakeSession session = new FakeSession();
        try (Connection connection = session.connect()) {
            connection.setReadOnly(true);
            assertThat(connection.isReadOnly()).isTrue();
            assertThat(connection.getSchema()).isEqualTo("public");
            connection.setSchema("Sales");
            assertThat(connection.getSchema()).isEqualTo("Sales");
            assertThat(connection.nativeSQL("select 1")).isEqualTo("select 1");
            assertThat(connection.isValid(1)).isTrue();
            assertThat(connection.isWrapperFor(DoSqlConnection.class)).isTrue();
            assertThat(connection.unwrap(DoSqlConnection.class)).isSameAs(connection);
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("DoSQL");
            assertThat(connection.getMetaData().getIdentifierQuoteString()).isEqualTo("\"");
            assertThat(session.scripts).containsExactly("SET search_path TO \"Sales\"");
            connection.clearWarnings();
            assertThat((Object) connection.getWarnings()).isNull();
        }
    }

    @Test
    void abortClosesTheConnection() throws SQLException {
        FakeSession session = new FakeSession();
        Connection connection = session.connect();
        connection.abort(Runnable::run);
        assertThat(connection.isClosed()).isTrue();
        assertThat(session.closed).isTrue();
    }
}
