package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionTest extends SqlTestSupport {
    @BeforeEach
    void table() {
        run("CREATE TABLE t (id INT PRIMARY KEY, v TEXT)");
    }

    @Test
    void commitAndRollback() {
        run("BEGIN; INSERT INTO t VALUES (1, 'a'); COMMIT");
        run("BEGIN; INSERT INTO t VALUES (2, 'b'); ROLLBACK");
        assertThat(rows("SELECT id FROM t")).containsExactly("1");
        session.setAutoCommit(false);
        run("INSERT INTO t VALUES (3, 'c')");
        assertThat(session.inTransaction()).isTrue();
        session.rollback();
        assertThat(rows("SELECT id FROM t")).containsExactly("1");
        session.setAutoCommit(true);
    }

    @Test
    void savepoints() {
        run("BEGIN; INSERT INTO t VALUES (1, 'a'); SAVEPOINT s1; INSERT INTO t VALUES (2, 'b'); ROLLBACK TO SAVEPOINT s1;"
                + " INSERT INTO t VALUES (3, 'c'); RELEASE SAVEPOINT s1; COMMIT");
        assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("1", "3");
    }

    @Test
    void runsOfInsertsUndoExactlyToEachMark() {
        // Consecutive inserts share one undo action; every statement and savepoint must still undo only its own.
        run("CREATE INDEX t_v ON t (v)");
        run("BEGIN; INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'); SAVEPOINT s;"
                + " INSERT INTO t VALUES (4, 'd'); INSERT INTO t VALUES (5, 'e'); ROLLBACK TO SAVEPOINT s;"
                + " INSERT INTO t VALUES (6, 'f')");
        // fails on its third row: its first two are undone, the earlier inserts stay
        assertThat(failure("INSERT INTO t VALUES (7, 'g'), (8, 'h'), (1, 'dup')").sqlState()).isEqualTo("23505");
        run("ROLLBACK TO SAVEPOINT s; INSERT INTO t VALUES (9, 'i'); COMMIT");
        assertThat(rows("SELECT id, v FROM t ORDER BY id")).containsExactly("1|a", "2|b", "3|c", "9|i");
        // the indexes hold exactly the rows that stayed
        for (String v : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            assertThat(rows("SELECT count(*) FROM t WHERE v = '" + v + "'"))
                    .as(v).containsExactly("abci".contains(v) ? "1" : "0");
        }
        run("INSERT INTO t VALUES (4, 'd2'), (6, 'f2'), (7, 'g2')");
        assertThat(rows("SELECT count(*) FROM t WHERE id BETWEEN 4 AND 8")).containsExactly("3");
        run("BEGIN; INSERT INTO t VALUES (10, 'j'), (11, 'k'); ROLLBACK");
        assertThat(rows("SELECT count(*) FROM t WHERE id >= 10 OR v IN ('j', 'k')")).containsExactly("0");
    }

    @Test
    void errorAbortsTransactionBlockUntilRollback() {
        run("BEGIN; INSERT INTO t VALUES (1, 'a')");
        assertThat(failure("INSERT INTO t VALUES (1, 'dup')").sqlState()).isEqualTo("23505");
        assertThat(failure("SELECT 1").sqlState()).isEqualTo("25P02");
        run("ROLLBACK");
        assertThat(rows("SELECT count(*) FROM t")).containsExactly("0");
        run("BEGIN; SAVEPOINT s; INSERT INTO t VALUES (1, 'a')");
        failure("INSERT INTO t VALUES (1, 'dup')");
        run("ROLLBACK TO s; INSERT INTO t VALUES (2, 'b'); COMMIT");
        assertThat(rows("SELECT id FROM t")).containsExactly("2");
    }

    @Test
    void statementTimeoutCancelsLongQueries() {
        run("SET statement_timeout = '200ms'");
        var error = failure("SELECT count(*) FROM generate_series(1, 3000) a, generate_series(1, 3000) b, generate_series(1, 3000) c");
        assertThat(error.sqlState()).isEqualTo("57014");
        assertThat(error.getMessage()).isEqualTo("canceling statement due to statement timeout");
        run("SET statement_timeout = 0");
        assertThat(single("SELECT 1")).isEqualTo("1");
    }

    @Test
    void rolledBackDropColumnKeepsIndexesUsable() {
        run("CREATE TABLE w (a INT, b INT, c INT); CREATE INDEX w_c ON w (c); INSERT INTO w VALUES (1, 2, 3)");
        run("BEGIN; ALTER TABLE w DROP COLUMN a; ROLLBACK");
        assertThat(rows("SELECT a, b, c FROM w WHERE c = 3")).containsExactly("1|2|3");
        run("INSERT INTO w VALUES (4, 5, 6)");
        assertThat(rows("SELECT a FROM w WHERE c = 6")).containsExactly("4");
    }

    @Test
    void ddlIsTransactional() {
        run("BEGIN; CREATE TABLE u (x INT); INSERT INTO u VALUES (1); DROP TABLE t; ROLLBACK");
        assertThat(failure("SELECT * FROM u").sqlState()).isEqualTo("42P01");
        assertThat(rows("SELECT count(*) FROM t")).containsExactly("0");
    }

    @Test
    void readersNeitherWaitForNorSeeUncommittedRows() {
        Session other = database.openSession();
        run("BEGIN; INSERT INTO t VALUES (1, 'uncommitted')");
        // MVCC: the reader does not wait for the writer's transaction, and sees the committed state.
        assertThat(render(other.execute("SELECT count(*) FROM t", List.of()))).containsExactly("0");
        run("COMMIT");
        assertThat(render(other.execute("SELECT count(*) FROM t", List.of()))).containsExactly("1");
        other.close();
    }

    @Test
    void repeatableReadKeepsItsSnapshotAndRefusesLostUpdates() {
        run("INSERT INTO t VALUES (1, 'a')");
        Session other = database.openSession();
        other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ", List.of());
        assertThat(render(other.execute("SELECT v FROM t WHERE id = 1", List.of()))).containsExactly("a");
        run("UPDATE t SET v = 'b' WHERE id = 1");
        assertThat(render(other.execute("SELECT v FROM t WHERE id = 1", List.of()))).containsExactly("a");
        io.dosql.core.DoSqlException conflict = org.junit.jupiter.api.Assertions.assertThrows(
                io.dosql.core.DoSqlException.class, () -> other.execute("UPDATE t SET v = 'c' WHERE id = 1", List.of()));
        assertThat(conflict.sqlState()).isEqualTo("40001");
        other.execute("ROLLBACK", List.of());
        assertThat(rows("SELECT v FROM t WHERE id = 1")).containsExactly("b");
        other.close();
    }
}
