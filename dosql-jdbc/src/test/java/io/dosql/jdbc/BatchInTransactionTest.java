package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A prepared batch inside a transaction runs its sets in one frame; each set must still behave as a
 * statement of its own, as with pgjdbc on PostgreSQL: it sees the sets before it, a failing set undoes
 * only itself and fails the transaction, and savepoints and rollback cover the batch.
 */
class BatchInTransactionTest {
    @TempDir
    Path directory;

    private Connection open(String kind) throws SQLException {
        // A named in-memory database, so that a second connection opens the same one.
        return DriverManager.getConnection(kind.equals("mem") ? "jdbc:dosql:mem:batch" + System.identityHashCode(this)
                : "jdbc:dosql:file:" + directory.resolve("db"));
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file"})
    void eachSetSeesTheOnesBeforeItAndAFailureFailsTheTransaction(String kind) throws SQLException {
        try (Connection connection = open(kind); Statement statement = connection.createStatement()) {
            statement.execute("create table t (id int primary key, v int not null)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)");
                 PreparedStatement bump = connection.prepareStatement("update t set v = v + ? where id = ?")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setInt(1, id);
                    insert.setInt(2, id * 10);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
                for (int add = 1; add <= 3; add++) {
                    bump.setInt(1, add);
                    bump.setInt(2, 2);
                    bump.addBatch();
                }
                bump.setInt(1, 5);
                bump.setInt(2, 99);
                bump.addBatch();
                assertThat(bump.executeBatch()).containsExactly(1, 1, 1, 0);
                assertThat(rows(connection, "select id, v from t order by id")).containsExactly("1|10", "2|26", "3|30");
                Savepoint savepoint = connection.setSavepoint();
                insert.setInt(1, 4);
                insert.setInt(2, 40);
                insert.addBatch();
                insert.setInt(1, 2);
                insert.setInt(2, 0);
                insert.addBatch();
                insert.setInt(1, 5);
                insert.setInt(2, 50);
                insert.addBatch();
                assertThatThrownBy(insert::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class, failure -> {
                    assertThat(failure.getUpdateCounts()).containsExactly(1);
                    assertThat(failure.getSQLState()).isEqualTo("23505");
                });
                assertThatThrownBy(() -> rows(connection, "select id, v from t"))
                        .isInstanceOfSatisfying(SQLException.class, failure -> assertThat(failure.getSQLState()).isEqualTo("25P02"));
                insert.setInt(1, 6);
                insert.setInt(2, 60);
                insert.addBatch();
                assertThatThrownBy(insert::executeBatch)
                        .isInstanceOfSatisfying(SQLException.class, failure -> assertThat(failure.getSQLState()).isEqualTo("25P02"));
                connection.rollback(savepoint);
                assertThat(rows(connection, "select id, v from t order by id")).containsExactly("1|10", "2|26", "3|30");
                insert.clearBatch();
                insert.setInt(1, 7);
                insert.setInt(2, 70);
                insert.addBatch();
                assertThat(insert.executeBatch()).containsExactly(1);
            }
            connection.commit();
            // Another connection sees the committed batch only.
            try (Connection other = open(kind)) {
                assertThat(rows(other, "select id, v from t order by id")).containsExactly("1|10", "2|26", "3|30", "7|70");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)")) {
                insert.setInt(1, 8);
                insert.setInt(2, 80);
                insert.addBatch();
                assertThat(insert.executeBatch()).containsExactly(1);
            }
            connection.rollback();
            assertThat(rows(connection, "select count(*), max(id) from t")).containsExactly("4|7");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file"})
    void aBulkLoadInOneTransactionIsInvisibleToOthersUntilCommitAndSurvivesReopen(String kind) throws SQLException {
        try (Connection connection = open(kind); Statement statement = connection.createStatement()) {
            statement.execute("create table load (id int primary key, k int not null, c varchar(40) not null)");
            statement.execute("create index load_k on load (k)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into load values (?, ?, ?)");
                 Connection other = open(kind)) {
                for (int id = 1; id <= 20_000; id++) {
                    insert.setInt(1, id);
                    insert.setInt(2, id % 100);
                    insert.setString(3, "row " + id);
                    insert.addBatch();
                    if (id % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                assertThat(rows(other, "select count(*), count(*) from load where k = 7")).containsExactly("0|0");
                connection.commit();
                assertThat(rows(other, "select count(*), sum(id) from load")).containsExactly("20000|200010000");
                assertThat(rows(other, "select count(*), min(id) from load where k = 7")).containsExactly("200|7");
            }
        }
        if (kind.equals("file")) {
            try (Connection reopened = open(kind)) {
                assertThat(rows(reopened, "select count(*), sum(k) from load")).containsExactly("20000|990000");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mem", "file"})
    void setsThatReadOrFireTriggersStillRunOneStatementEach(String kind) throws SQLException {
        try (Connection connection = open(kind); Statement statement = connection.createStatement()) {
            statement.execute("create table t (id int primary key, v int)");
            statement.execute("create table audit (id int, seen bigint)");
            statement.execute("create trigger t_audit after insert on t begin"
                    + " insert into audit values (new.id, (select count(*) from t)); end");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)");
                 PreparedStatement reading = connection.prepareStatement(
                         "insert into t values (?, (select coalesce(max(v), 0) + 1 from t))")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setInt(1, id);
                    insert.setInt(2, id * 100);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
                for (int id = 4; id <= 6; id++) {
                    reading.setInt(1, id);
                    reading.addBatch();
                }
                assertThat(reading.executeBatch()).containsExactly(1, 1, 1);
            }
            connection.commit();
            assertThat(rows(connection, "select id, v from t where id > 3 order by id")).containsExactly("4|301", "5|302", "6|303");
            assertThat(rows(connection, "select id, seen from audit order by id"))
                    .containsExactly("1|1", "2|2", "3|3", "4|4", "5|5", "6|6");
        }
    }
}
