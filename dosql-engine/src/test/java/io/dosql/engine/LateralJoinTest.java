package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LATERAL subqueries and functions in FROM; expected rows and errors as PostgreSQL 15 gives them. */
class LateralJoinTest extends SqlTestSupport {
    @BeforeEach
    void data() {
        run("CREATE TABLE la (id INT, n INT)");
        run("CREATE TABLE lb (id INT, a_id INT, name TEXT)");
        run("INSERT INTO la VALUES (1, 2), (2, 0), (3, 3)");
        run("INSERT INTO lb VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 3, 'z')");
    }

    @Test
    void leftJoinLateralTopOneKeepsUnmatchedRowsWithNulls() {
        assertThat(rows("SELECT * FROM la LEFT JOIN LATERAL (SELECT name FROM lb WHERE lb.a_id = la.id"
                + " ORDER BY name DESC LIMIT 1) s ON true ORDER BY la.id"))
                .containsExactly("1|2|y", "2|0|NULL", "3|3|z");
    }

    @Test
    void innerJoinCommaAndCrossJoinLateral() {
        String[] expected = {"1|x", "1|y", "3|z"};
        assertThat(rows("SELECT la.id, s.name FROM la, LATERAL (SELECT name FROM lb WHERE lb.a_id = la.id) s"
                + " ORDER BY 1, 2")).containsExactly(expected);
        assertThat(rows("SELECT la.id, s.name FROM la JOIN LATERAL (SELECT name FROM lb WHERE lb.a_id = la.id) AS s"
                + " ON true ORDER BY 1, 2")).containsExactly(expected);
        assertThat(rows("SELECT la.id, s.name FROM la CROSS JOIN LATERAL (SELECT name FROM lb WHERE lb.a_id = la.id) s"
                + " ORDER BY 1, 2")).containsExactly(expected);
        assertThat(rows("SELECT la.id, s.name FROM la INNER JOIN LATERAL (SELECT name FROM lb WHERE lb.a_id = la.id"
                + " ORDER BY name LIMIT ?) AS s ON ? = ? ORDER BY la.id", 1, true, true)).containsExactly("1|x", "3|z");
    }

    @Test
    void lateralSetReturningFunctions() {
        String[] expected = {"1|1", "1|2", "3|1", "3|2", "3|3"};
        assertThat(rows("SELECT la.id, g FROM la CROSS JOIN LATERAL generate_series(1, la.n) g ORDER BY 1, 2"))
                .containsExactly(expected);
        assertThat(rows("SELECT la.id, g FROM la, generate_series(1, la.n) g ORDER BY 1, 2")).containsExactly(expected);
    }

    @Test
    void lateralOnConditionAggregatesAndOuterReferences() {
        assertThat(rows("SELECT la.id, s.* FROM la LEFT JOIN LATERAL (SELECT name, la.n * 10 AS t FROM lb"
                + " WHERE lb.a_id = la.id) s ON s.name <> 'y' ORDER BY 1, 3"))
                .containsExactly("1|x|20", "2|NULL|NULL", "3|z|30");
        assertThat(rows("SELECT * FROM la, LATERAL (SELECT la.id + 1 AS m, count(*) FROM lb WHERE lb.a_id = la.id) s"
                + " ORDER BY 1")).containsExactly("1|2|2|2", "2|0|3|0", "3|3|4|1");
        // The lateral item also sees the enclosing query's row.
        assertThat(rows("SELECT la.id, (SELECT max(s.name) FROM lb, LATERAL (SELECT lb.name FROM lb AS inner_b"
                + " WHERE inner_b.id = lb.id AND lb.a_id = la.id) s) FROM la ORDER BY 1"))
                .containsExactly("1|y", "2|NULL", "3|z");
    }

    @Test
    void referenceWithoutLateralIsAnInvalidReference() {
        DoSqlException failure = failure("SELECT * FROM la, (SELECT name FROM lb WHERE lb.a_id = la.id) s");
        assertThat(failure.sqlState()).isEqualTo("42P01");
        assertThat(failure.getMessage()).isEqualTo("invalid reference to FROM-clause entry for table \"la\"");
        assertThat(failure.hint()).contains(
                "There is an entry for table \"la\", but it cannot be referenced from this part of the query.");
        assertThat(failure("SELECT * FROM la JOIN (SELECT name FROM lb WHERE lb.a_id = la.id) s ON true").sqlState())
                .isEqualTo("42P01");
        assertThat(failure("SELECT * FROM la LEFT JOIN (SELECT name FROM lb WHERE lb.a_id = la.id) s ON true")
                .getMessage()).isEqualTo("invalid reference to FROM-clause entry for table \"la\"");
    }

    @Test
    void aNonLateralItemStillSeesAnOuterQueryTableOfTheSameName() {
        assertThat(rows("SELECT (SELECT count(*) FROM lb a, (SELECT * FROM lb WHERE lb.id = a.id) s) FROM la a"))
                .containsExactly("3", "3", "3");
    }

    @Test
    void rightJoinCannotCarryALateralReference() {
        DoSqlException failure = failure("SELECT * FROM la RIGHT JOIN LATERAL (SELECT name FROM lb WHERE lb.a_id = la.id)"
                + " s ON true");
        assertThat(failure.sqlState()).isEqualTo("42P10");
        assertThat(failure.getMessage()).isEqualTo("invalid reference to FROM-clause entry for table \"la\"");
        assertThat(failure.detail()).contains("The combining JOIN type must be INNER or LEFT for a LATERAL reference.");
    }

    @Test
    void lateralWithoutReferencesIsAPlainJoin() {
        assertThat(rows("SELECT la.id, s.c FROM la LEFT JOIN LATERAL (SELECT count(*) AS c FROM lb) s ON true"
                + " ORDER BY 1")).containsExactly("1|3", "2|3", "3|3");
        assertThat(single("SELECT * FROM LATERAL (SELECT 1) s")).isEqualTo("1");
    }
}
