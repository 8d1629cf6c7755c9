package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.TypeKind;
import org.junit.jupiter.api.Test;

/**
 * Parameters that nothing in the statement types take the type of the bound value, as pgjdbc sends an
 * Integer as int4 to PostgreSQL (verified there with {@code PREPARE p(int, int, int) AS …}).
 */
class ParameterTypingTest extends SqlTestSupport {
    private static final String COUNT_TO = "WITH RECURSIVE numbers(n) AS (SELECT ? AS n UNION ALL"
            + " SELECT n + ? FROM numbers WHERE n < ?) SELECT n FROM numbers";

    @Test
    void recursiveCteAnchorParameterTakesTheBoundValueType() {
        StatementResult result = execute(COUNT_TO, 1, 1, 5);
        assertThat(result.columns().get(0).label()).isEqualTo("n");
        assertThat(result.columns().get(0).type().kind()).isEqualTo(TypeKind.INTEGER);
        assertThat(render(result)).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void longValuesTypeTheParameterBigint() {
        StatementResult result = execute(COUNT_TO, 1L, 2L, 5L);
        assertThat(result.columns().get(0).type().kind()).isEqualTo(TypeKind.BIGINT);
        assertThat(render(result)).containsExactly("1", "3", "5");
    }

    @Test
    void bareSelectedParameterHasItsValueType() {
        assertThat(execute("SELECT ? AS x", 7).columns().get(0).type().kind()).isEqualTo(TypeKind.INTEGER);
        assertThat(execute("SELECT ? AS x", true).columns().get(0).type().kind()).isEqualTo(TypeKind.BOOLEAN);
        // Strings stay untyped (pgjdbc stringtype=unspecified): text, as PostgreSQL resolves unknown.
        assertThat(execute("SELECT ? AS x", "a").columns().get(0).type().kind()).isEqualTo(TypeKind.TEXT);
    }

    @Test
    void plansUnderDifferentValueTypesAreCachedApart() {
        assertThat(execute("SELECT ? AS x", 7).columns().get(0).type().kind()).isEqualTo(TypeKind.INTEGER);
        assertThat(execute("SELECT ? AS x", 7L).columns().get(0).type().kind()).isEqualTo(TypeKind.BIGINT);
        assertThat(execute("SELECT ? AS x", 7).columns().get(0).type().kind()).isEqualTo(TypeKind.INTEGER);
    }

    @Test
    void contextStillTypesParameters() {
        run("CREATE TABLE t (id BIGINT, name TEXT)");
        run("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        assertThat(rows("SELECT name FROM t WHERE id = ?", 2)).containsExactly("b");
        assertThat(rows("SELECT name FROM t WHERE name = ?", "a")).containsExactly("a");
    }
}
