package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoSqlStatementTest {
    private static final List<ResultColumn> ONE_COLUMN = List.of(ResultColumn.computed("a", SqlType.INTEGER));

    @Test
    void walksTheResultsOfAScript() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> List.of(FakeResult.count("CREATE TABLE", -1), FakeResult.count("INSERT 0 2", 2),
                FakeResult.query(ONE_COLUMN, List.<Object[]>of(new Object[] {1}, new Object[] {2})));
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.execute("create table t(a int); insert into t values (1),(2); select a from t"))
                    .isFalse();
            assertThat(statement.getUpdateCount()).isZero();
            assertThat(statement.unwrap(CommandTagged.class).commandTag()).isEqualTo("CREATE TABLE");
            assertThat(statement.getMoreResults()).isFalse();
            assertThat(statement.getUpdateCount()).isEqualTo(2);
            assertThat(statement.unwrap(CommandTagged.class).commandTag()).isEqualTo("INSERT 0 2");
            assertThat(statement.getMoreResults()).isTrue();
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
            ResultSet rows = statement.getResultSet();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(statement.getMoreResults()).isFalse();
            assertThat(rows.isClosed()).isTrue();
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
        }
        assertThat(session.scripts).hasSize(1);
    }

    @Test
    void executeQueryAndExecuteUpdate() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> sql.startsWith("select")
                ? List.of(FakeResult.query(ONE_COLUMN, List.<Object[]>of(new Object[] {7})))
                : List.of(FakeResult.count("UPDATE 3", 3));
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            ResultSet resultSet = statement.executeQuery("select 7");
            assertThat(resultSet.next()).isTrue();
            assertThat(resultSet.getInt(1)).isEqualTo(7);
            assertThat(resultSet.getStatement()).isSameAs(statement);
            assertThat(statement.executeUpdate("update t set a = 1")).isEqualTo(3);
            assertThat(resultSet.isClosed()).as("a new execution closes the previous result set").isTrue();
            assertThatThrownBy(() -> statement.executeQuery("update t set a = 1")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("No results")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("02000");
            assertThatThrownBy(() -> statement.executeUpdate("select 7")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("none was expected")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("0100E");
        }
    }

    @Test
    void ddlCountsAsZeroForExecuteUpdate() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> List.of(FakeResult.count("CREATE TABLE", -1));
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("create table t(a int)")).isZero();
        }
    }

    @Test
    void batchReportsCountsAndFailures() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> {
            if (sql.contains("bad")) {
                throw ErrorCode.UNIQUE_VIOLATION.exception("t_pkey");
            }
            return List.of(FakeResult.count("INSERT 0 1", 1));
        };
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            statement.addBatch("insert 1");
            statement.addBatch("insert 2");
            assertThat(statement.executeBatch()).containsExactly(1, 1);
            statement.addBatch("insert 3");
            statement.addBatch("bad");
            statement.addBatch("insert 4");
            assertThatThrownBy(statement::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class, failure -> {
                assertThat(failure.getUpdateCounts()).containsExactly(1);
                assertThat(failure.getSQLState()).isEqualTo("23505");
            });
            assertThat(statement.executeBatch()).as("the batch is cleared after running").isEmpty();
        }
    }

    @Test
    void generatedKeysComeFromTheReturnedRows() throws SQLException {
        FakeSession session = new FakeSession();
        session.executor = (sql, parameters) -> new FakeResult("INSERT 0 1", 1,
                List.of(ResultColumn.computed("id", SqlType.BIGINT)), List.<Object[]>of(new Object[] {41L}));
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("insert into t(name) values ('a')", Statement.RETURN_GENERATED_KEYS))
                    .isEqualTo(1);
            ResultSet keys = statement.getGeneratedKeys();
            assertThat(keys.next()).isTrue();
            assertThat(keys.getLong("id")).isEqualTo(41L);
            assertThat(session.preparedKeys).containsExactly(GeneratedKeys.ALL_COLUMNS);
            statement.executeUpdate("insert into t(name) values ('b')", new String[] {"id"});
            assertThat(session.preparedKeys.get(1)).isEqualTo(GeneratedKeys.columns(List.of("id")));
        }
    }

    @Test
    void syntaxErrorsCarryPositionLineAndColumn() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> {
            throw ErrorCode.SYNTAX_ERROR.exception("syntax error at or near \"FORM\"").withPosition(17);
        };
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELECT 1\nSELECT * FORM t"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, failure -> {
                        assertThat(failure.getSQLState()).isEqualTo("42601");
                        assertThat(failure.getMessage()).isEqualTo(
                                "ERROR: syntax error at or near \"FORM\"\n  Position: 17 (line 2, column 8)");
                    });
        }
    }

    @Test
    void queryTimeoutCancelsTheSession() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> session.blockUntilCancelled();
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.execute("select pg_sleep(100)"))
                    .isInstanceOfSatisfying(SQLTimeoutException.class, failure -> {
                        assertThat(failure.getSQLState()).isEqualTo("57014");
                        assertThat(failure.getMessage()).isEqualTo("ERROR: canceling statement due to statement timeout");
                    });
        }
    }

    @Test
    void cancelFromAnotherThreadGivesA57014() throws Exception {
        FakeSession session = new FakeSession();
        session.script = sql -> session.blockUntilCancelled();
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            Thread canceller = new Thread(() -> {
                while (session.scripts.isEmpty()) {
                    Thread.onSpinWait();
                }
                try {
                    statement.cancel();
                } catch (SQLException impossible) {
                    throw new AssertionError(impossible);
                }
            });
            canceller.start();
            assertThatThrownBy(() -> statement.execute("select pg_sleep(100)"))
                    .isNotInstanceOf(SQLTimeoutException.class)
                    .isInstanceOfSatisfying(SQLException.class,
                            failure -> assertThat(failure.getSQLState()).isEqualTo("57014"));
            canceller.join();
        }
    }

    @Test
    void closedObjectsFailWith08003() throws SQLException {
        FakeSession session = new FakeSession();
        Connection connection = session.connect();
        Statement statement = connection.createStatement();
        statement.close();
        assertThatThrownBy(() -> statement.execute("select 1"))
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        Statement open = connection.createStatement();
        connection.close();
        assertThat(open.isClosed()).as("closing the connection closes its statements").isTrue();
        assertThat(session.closed).isTrue();
        assertThatThrownBy(connection::createStatement)
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
        assertThat(connection.isValid(0)).isFalse();
    }

    @Test
    void closeOnCompletionClosesTheStatementWithItsResultSet() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> List.of(FakeResult.query(ONE_COLUMN, List.<Object[]>of(new Object[] {1})));
        try (Connection connection = session.connect()) {
            Statement statement = connection.createStatement();
            statement.closeOnCompletion();
            ResultSet resultSet = statement.executeQuery("select 1");
            resultSet.close();
            assertThat(statement.isClosed()).isTrue();
        }
    }

    @Test
    void maxRowsAppliesToResultSets() throws SQLException {
        FakeSession session = new FakeSession();
        session.script = sql -> List.of(FakeResult.query(ONE_COLUMN,
                List.<Object[]>of(new Object[] {1}, new Object[] {2}, new Object[] {3})));
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            ResultSet resultSet = statement.executeQuery("select a from t");
            assertThat(resultSet.next()).isTrue();
            assertThat(resultSet.next()).isFalse();
        }
    }

    @Test
    void unsupportedResultSetTypesAre0A000() throws SQLException {
        try (Connection connection = new FakeSession().connect()) {
            assertThatThrownBy(() -> connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
                    ResultSet.CONCUR_READ_ONLY)).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("0A000");
            assertThatThrownBy(() -> connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_UPDATABLE)).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("0A000");
            assertThat(connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)).isNotNull();
        }
    }

    @Test
    void unreadResultsAreClosed() throws SQLException {
        FakeSession session = new FakeSession();
        FakeResult second = FakeResult.query(ONE_COLUMN, List.of());
        session.script = sql -> List.<StatementResult>of(FakeResult.count("INSERT 0 1", 1), second);
        try (Connection connection = session.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert …; select …");
        }
        assertThat(second.closed).isTrue();
    }
}
