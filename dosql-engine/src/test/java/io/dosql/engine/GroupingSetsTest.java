package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GROUP BY ROLLUP / CUBE / GROUPING SETS and GROUPING(); every expected row produced by PostgreSQL 15. */
class GroupingSetsTest extends SqlTestSupport {
    @BeforeEach
    void sales() {
        run("CREATE TABLE sales (region text, product text, year int, amount int)");
        run("INSERT INTO sales VALUES ('eu','a',2023,10),('eu','b',2023,20),('eu','a',2024,30),('us','a',2023,40),"
                + "('us','b',2024,50),(NULL,'a',2024,5)");
    }

    @Test
    void rollupAddsSubtotalsAndATotal() {
        // the data's own NULL region and the total's NULL are told apart by GROUPING
        assertThat(rows("SELECT region, sum(amount), GROUPING(region) FROM sales GROUP BY ROLLUP (region)"
                + " ORDER BY region NULLS LAST, 3")).containsExactly("eu|60|0", "us|90|0", "NULL|5|0", "NULL|155|1");
        assertThat(rows("SELECT region, product, sum(amount), GROUPING(region, product) AS g FROM sales"
                + " GROUP BY ROLLUP (region, product) ORDER BY g, region NULLS LAST, product NULLS LAST"))
                .containsExactly("eu|a|40|0", "eu|b|20|0", "us|a|40|0", "us|b|50|0", "NULL|a|5|0",
                        "eu|NULL|60|1", "us|NULL|90|1", "NULL|NULL|5|1", "NULL|NULL|155|3");
    }

    @Test
    void cubeGroupsBySubsets() {
        assertThat(rows("SELECT region, product, count(*) FROM sales GROUP BY CUBE (region, product)"
                + " ORDER BY GROUPING(region, product), region NULLS LAST, product NULLS LAST"))
                .containsExactly("eu|a|2", "eu|b|1", "us|a|1", "us|b|1", "NULL|a|1", "eu|NULL|3", "us|NULL|2",
                        "NULL|NULL|1", "NULL|a|4", "NULL|b|2", "NULL|NULL|6");
    }

    @Test
    void groupingSetsMixedWithPlainKeysAndComposites() {
        assertThat(rows("SELECT region, year, sum(amount), GROUPING(region, year) FROM sales"
                + " GROUP BY GROUPING SETS ((region), (year), ()) ORDER BY 4, region NULLS LAST, year NULLS LAST"))
                .containsExactly("eu|NULL|60|1", "us|NULL|90|1", "NULL|NULL|5|1", "NULL|2023|70|2", "NULL|2024|85|2",
                        "NULL|NULL|155|3");
        assertThat(rows("SELECT year, region, sum(amount) FROM sales GROUP BY year, ROLLUP (region)"
                + " ORDER BY year, GROUPING(region), region NULLS LAST"))
                .containsExactly("2023|eu|30", "2023|us|40", "2023|NULL|70", "2024|eu|30", "2024|us|50",
                        "2024|NULL|5", "2024|NULL|85");
        assertThat(rows("SELECT region, product, year, sum(amount) FROM sales GROUP BY ROLLUP ((region, product), year)"
                + " ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST"))
                .containsExactly("eu|a|2023|10", "eu|a|2024|30", "eu|a|NULL|40", "eu|b|2023|20", "eu|b|NULL|20",
                        "us|a|2023|40", "us|a|NULL|40", "us|b|2024|50", "us|b|NULL|50", "NULL|a|2024|5",
                        "NULL|a|NULL|5", "NULL|NULL|NULL|155");
    }

    @Test
    void emptySetsHavingAndErrors() {
        assertThat(rows("SELECT count(*), sum(amount) FROM sales WHERE false GROUP BY ROLLUP (region)"))
                .containsExactly("0|NULL");
        assertThat(rows("SELECT sum(amount) FROM sales GROUP BY ()")).containsExactly("155");
        assertThat(rows("SELECT region, sum(amount) FROM sales GROUP BY ROLLUP (region) HAVING sum(amount) > 40"
                + " ORDER BY 2")).containsExactly("eu|60", "us|90", "NULL|155");
        assertThat(rows("SELECT CASE WHEN GROUPING(region) = 1 THEN 'total' ELSE region END AS r, sum(amount)"
                + " FROM sales GROUP BY ROLLUP (region) ORDER BY 2")).containsExactly("NULL|5", "eu|60", "us|90", "total|155");
        assertThat(rows("EXPLAIN SELECT region, sum(amount) FROM sales GROUP BY ROLLUP (region)"))
                .containsExactly("MixedAggregate", "  Hash Key: sales.region", "  Group Key: ()", "  ->  Seq Scan on sales");
        assertThat(failure("SELECT GROUPING(amount) FROM sales GROUP BY region").sqlState()).isEqualTo("42803");
        assertThat(failure("SELECT region FROM sales WHERE GROUPING(region) = 0").sqlState()).isEqualTo("42803");
    }
}
