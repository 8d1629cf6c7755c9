package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasicQueryTest extends SqlTestSupport {
    @Test
    void createInsertSelectWithWhere() {
        run("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score NUMERIC(5,2))");
        StatementResult insert = execute("INSERT INTO t VALUES (1, 'ann', 1.5), (2, 'bob', NULL), (3, 'cy', 7)");
        assertThat(insert.updateCount()).isEqualTo(3);
        assertThat(insert.commandTag()).isEqualTo("INSERT 0 3");
        assertThat(rows("SELECT name, score FROM t WHERE id >= 2 ORDER BY id")).containsExactly("bob|NULL", "cy|7.00");
        assertThat(rows("SELECT id FROM t WHERE id = ?", 3)).containsExactly("3");
        assertThat(rows("SELECT count(*), sum(score), max(name) FROM t")).containsExactly("3|8.50|cy");
    }

    @Test
    void selectWithoutFrom() {
        assertThat(single("SELECT 1 + 2, 'a' || 'b', 7 / 2, -3 % 2")).isEqualTo("3|ab|3|-1");
        assertThat(single("SELECT CASE WHEN 1 > 2 THEN 'x' ELSE 'y' END, COALESCE(NULL, 5), NULLIF(1, 1)"))
                .isEqualTo("y|5|NULL");
    }
}
