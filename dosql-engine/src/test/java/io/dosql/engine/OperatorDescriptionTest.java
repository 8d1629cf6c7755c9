package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Grouping matches expressions by their description; operators spelt with '%' must survive it. */
class OperatorDescriptionTest extends SqlTestSupport {
    @Test
    void groupByModuloExpressionWithHavingParameter() {
        run("CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, c VARCHAR(120) NOT NULL)");
        run("INSERT INTO t VALUES (1, 5, 'abc'), (2, 105, 'de'), (3, 7, 'f')");
        assertThat(rows("SELECT k % 100, count(*), sum(id), avg(length(c)) FROM t GROUP BY k % 100"
                + " HAVING count(*) > ? ORDER BY 1", -1))
                .containsExactly("5|2|3|2.5000000000000000", "7|1|3|1.00000000000000000000");
    }
}
