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
}
