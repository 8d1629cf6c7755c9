package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** generate_series() as a select-list item multiplies the rows (values from PostgreSQL 16). */
class SelectListSetFunctionTest extends SqlTestSupport {
    @Test
    void aloneInTheSelectList() {
        StatementResult result = execute("SELECT generate_series(1, 3)");
        assertThat(result.columns().get(0).label()).isEqualTo("generate_series");
        assertThat(render(result)).containsExactly("1", "2", "3");
    }

    @Test
    void withAliasAndOtherColumns() {
        run("CREATE TABLE t (a text); INSERT INTO t VALUES ('x'), ('y')");
        assertThat(rows("SELECT a, generate_series(1, 2) AS n FROM t ORDER BY a, n"))
                .containsExactly("x|1", "x|2", "y|1", "y|2");
    }

    @Test
    void argumentsMayReadTheRowAndStarStaysTheTablesColumns() {
        run("CREATE TABLE t (a int); INSERT INTO t VALUES (1), (3), (NULL)");
        assertThat(rows("SELECT a, generate_series(1, a) FROM t ORDER BY 1, 2"))
                .containsExactly("1|1", "3|1", "3|2", "3|3");
        assertThat(rows("SELECT *, generate_series(a, 2) AS g FROM t WHERE a < 2")).containsExactly("1|1", "1|2");
        assertThat(rows("SELECT DISTINCT generate_series(1, a) AS g FROM t ORDER BY 1")).containsExactly("1", "2", "3");
    }

    @Test
    void unsupportedFormsAreReportedClearly() {
        run("CREATE TABLE t (a int)");
        assertThat(failure("SELECT generate_series(1, 3) + 1").sqlState()).isEqualTo("0A000");
        assertThat(failure("SELECT generate_series(1, 2), generate_series(1, 3)").sqlState()).isEqualTo("0A000");
        assertThat(failure("SELECT count(*), generate_series(1, 3) FROM t").sqlState()).isEqualTo("0A000");
    }
}
