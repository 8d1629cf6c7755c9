package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query results stream lazily but still show the database as it was when the query ran. */
class StreamingResultTest extends SqlTestSupport {
    private static List<String> readRest(RowCursor cursor, int width) {
        List<String> rows = new java.util.ArrayList<>();
        while (cursor.next()) {
            StringBuilder row = new StringBuilder();
            for (int index = 0; index < width; index++) {
                row.append(index == 0 ? "" : "|").append(cursor.get(index));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void laterStatementOfTheSameSessionIsNotSeenByAnOpenCursor() {
        run("CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)");
        StatementResult result = execute("SELECT a FROM t");
        RowCursor cursor = result.rows();
        assertThat(cursor.next()).isTrue();
        assertThat(cursor.get(0)).isEqualTo(1);
        run("UPDATE t SET a = a * 10; INSERT INTO t VALUES (4)");
        assertThat(readRest(cursor, 1)).containsExactly("2", "3");
        assertThat(rows("SELECT a FROM t ORDER BY a")).containsExactly("4", "10", "20", "30");
    }

    @Test
    void anotherSessionCanWriteWhileACursorIsOpen() {
        run("CREATE TABLE t (a int); INSERT INTO t SELECT * FROM generate_series(1, 3000)");
        StatementResult result = execute("SELECT a FROM t");
        RowCursor cursor = result.rows();
        assertThat(cursor.next()).isTrue();
        try (Session other = database.openSession()) {
            other.execute("SET lock_timeout = '2s'", List.of());
            other.execute("DELETE FROM t", List.of());
        }
        assertThat(readRest(cursor, 1)).hasSize(2999);
        assertThat(single("SELECT count(*) FROM t")).isEqualTo("0");
    }

    @Test
    void errorsOfTheFirstRowAreRaisedByTheExecution() {
        assertThat(failure("SELECT 1 / 0").sqlState()).isEqualTo("22012");
    }

    @Test
    void anErrorWhileFetchingFailsTheTransaction() {
        run("BEGIN");
        StatementResult result = execute("SELECT 10 / (3 - a) FROM generate_series(1, 5) a");
        RowCursor cursor = result.rows();
        assertThat(cursor.next()).isTrue();
        assertThat(cursor.next()).isTrue();
        assertThatThrownBy(cursor::next).isInstanceOfSatisfying(DoSqlException.class,
                failure -> assertThat(failure.sqlState()).isEqualTo("22012"));
        assertThat(failure("SELECT 1").sqlState()).isEqualTo("25P02");
        run("ROLLBACK");
        assertThat(single("SELECT 1")).isEqualTo("1");
    }

    @Test
    void aScriptStopsAtAStatementThatFailsWhileFetching() {
        run("CREATE TABLE t (a int)");
        DoSqlException failure = failure("SELECT 10 / (3 - a) FROM generate_series(1, 5) a; INSERT INTO t VALUES (1)");
        assertThat(failure.sqlState()).isEqualTo("22012");
        assertThat(single("SELECT count(*) FROM t")).isEqualTo("0");
    }

    @Test
    void commandTagCountsEveryRowEvenBeforeReading() {
        StatementResult result = execute("SELECT * FROM generate_series(1, 2500)");
        assertThat(result.commandTag()).isEqualTo("SELECT 2500");
        assertThat(readRest(result.rows(), 1)).hasSize(2500);
    }

    @Test
    void closingAnUnreadCursorReleasesTheLock() {
        run("CREATE TABLE t (a int); INSERT INTO t SELECT * FROM generate_series(1, 10)");
        try (Session other = database.openSession()) {
            StatementResult result = other.execute("SELECT a FROM t", List.of());
            assertThat(result.rows().next()).isTrue();
            result.close();
            run("SET lock_timeout = '1s'; INSERT INTO t VALUES (11)");
        }
        assertThat(single("SELECT count(*) FROM t")).isEqualTo("11");
    }
}
