package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Computations on parameters only are evaluated once per execution: never stale, never volatile, never eager. */
class ParameterComputationTest extends SqlTestSupport {
    @BeforeEach
    void table() {
        run("CREATE TABLE t (id int PRIMARY KEY, region int, name text);"
                + " INSERT INTO t SELECT g, g % 10, 'n' || g FROM generate_series(1, 100) g");
    }

    @Test
    void eachExecutionUsesItsOwnValues() {
        String sql = "SELECT count(*), min(id) FROM t WHERE region = CAST($1 AS integer) + 1";
        assertThat(single(sql, 4)).isEqualTo("10|5");
        assertThat(single(sql, 6)).isEqualTo("10|7");
        assertThat(single(sql, "2")).isEqualTo("10|3");
        assertThat(single(sql, 20)).isEqualTo("0|NULL");
    }

    @Test
    void volatileCallsStayPerRow() {
        // random() * $1 differs per row; kept once per execution it would give one distinct value
        assertThat(single("SELECT count(DISTINCT random() * $1) > 90 FROM t", 1000)).isEqualTo("true");
    }

    @Test
    void evaluatedOnlyWhenReached() {
        String sql = "SELECT count(*) FROM t WHERE CASE WHEN id > $2 THEN id / ($1 - 1) > 0 ELSE true END";
        // the division by zero is never reached while no id exceeds $2
        assertThat(single(sql, 1, 1000)).isEqualTo("100");
        assertThatThrownBy(() -> rows(sql, 1, 50))
                .isInstanceOf(DoSqlException.class)
                .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("22012"));
        assertThat(single(sql, 3, 50)).isEqualTo("100");
    }

    @Test
    void stableFunctionsKeepTheirPerStatementValue() {
        assertThat(single("SELECT count(DISTINCT now() + $1 * interval '1 second') FROM t", 5)).isEqualTo("1");
    }
}
