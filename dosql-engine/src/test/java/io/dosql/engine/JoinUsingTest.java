package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JOIN … USING exposes one merged column, from whichever side has the row (checked against PostgreSQL 16). */
class JoinUsingTest extends SqlTestSupport {
    @BeforeEach
    void tables() {
        run("CREATE TABLE fa (x int, c int); CREATE TABLE fb (c int, y text);"
                + "INSERT INTO fa VALUES (1, 1), (2, 2); INSERT INTO fb VALUES (2, 'b'), (3, 'c')");
    }

    @Test
    void fullJoinMergesTheUsingColumn() {
        assertThat(rows("SELECT * FROM fa FULL JOIN fb USING (c) ORDER BY c"))
                .containsExactly("1|1|NULL", "2|2|b", "3|NULL|c");
        assertThat(rows("SELECT c, fa.c, fb.c FROM fa FULL JOIN fb USING (c) ORDER BY 1"))
                .containsExactly("1|1|NULL", "2|2|2", "3|NULL|3");
    }

    @Test
    void fullJoinMergedColumnFiltersAndGroups() {
        assertThat(rows("SELECT c FROM fa FULL JOIN fb USING (c) WHERE c > 2")).containsExactly("3");
        assertThat(single("SELECT count(c) FROM fa FULL JOIN fb USING (c)")).isEqualTo("3");
    }

    @Test
    void rightJoinTakesTheRightColumn() {
        assertThat(rows("SELECT c, y FROM fa RIGHT JOIN fb USING (c) ORDER BY c")).containsExactly("2|b", "3|c");
    }

    @Test
    void naturalFullJoinMergesToo() {
        assertThat(rows("SELECT c FROM fa NATURAL FULL JOIN fb ORDER BY c")).containsExactly("1", "2", "3");
    }

    /** {@code *} over JOIN USING / NATURAL lists the merged columns first, then each side's others. */
    @Test
    void starListsUsingColumnsFirst() {
        run("CREATE TABLE ua (y int, x int, z int); CREATE TABLE ub (w int, x int, y int);"
                + "INSERT INTO ua VALUES (2, 1, 3), (5, 4, 6); INSERT INTO ub VALUES (9, 1, 2), (8, 7, 5)");
        // labels and rows as PostgreSQL 15 prints them
        assertStar("SELECT * FROM ua JOIN ub USING (x)", "x|y|z|w|y", "1|2|3|9|2");
        assertStar("SELECT * FROM ua JOIN ub USING (y, x)", "y|x|z|w", "2|1|3|9");
        assertStar("SELECT * FROM ua LEFT JOIN ub USING (x) ORDER BY x", "x|y|z|w|y", "1|2|3|9|2", "4|5|6|NULL|NULL");
        assertStar("SELECT * FROM ua RIGHT JOIN ub USING (x) ORDER BY x", "x|y|z|w|y", "1|2|3|9|2", "7|NULL|NULL|8|5");
        assertStar("SELECT * FROM ua FULL JOIN ub USING (y) ORDER BY y", "y|x|z|w|x", "2|1|3|9|1", "5|4|6|8|7");
        assertStar("SELECT * FROM ua NATURAL JOIN ub", "y|x|z|w", "2|1|3|9");
        assertStar("SELECT * FROM ub NATURAL LEFT JOIN ua ORDER BY w", "x|y|w|z", "7|5|8|NULL", "1|2|9|3");
        assertStar("SELECT ua.*, ub.* FROM ua JOIN ub USING (x)", "y|x|z|w|x|y", "2|1|3|9|1|2");
        assertStar("SELECT * FROM ua JOIN ub USING (x) JOIN ua AS u2 USING (z)", "z|x|y|w|y|y|x", "3|1|2|9|2|2|1");
        assertStar("SELECT * FROM (SELECT * FROM ua JOIN ub USING (x)) AS s", "x|y|z|w|y", "1|2|3|9|2");
        run("CREATE VIEW uv AS SELECT * FROM ua JOIN ub USING (y, x)");
        assertStar("SELECT * FROM uv", "y|x|z|w", "2|1|3|9");
    }

    private void assertStar(String sql, String labels, String... expectedRows) {
        StatementResult result = execute(sql);
        assertThat(String.join("|", result.columns().stream().map(ResultColumn::label).toList())).as(sql).isEqualTo(labels);
        assertThat(render(result)).as(sql).containsExactly(expectedRows);
    }
}
