package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainPrintTest extends SqlTestSupport {
    @Test
    void nestedPlanIsIndented() {
        run("CREATE TABLE a (id INT PRIMARY KEY, v INT); CREATE TABLE b (id INT PRIMARY KEY, a_id INT)");
        run("INSERT INTO a SELECT g, g FROM generate_series(1, 50) g(g); INSERT INTO b SELECT g, g % 50 FROM generate_series(1, 200) g(g)");
        String plan = String.join("\n", rows("EXPLAIN SELECT a.v, count(*) FROM a JOIN b ON b.a_id = a.id WHERE a.v > 3 GROUP BY a.v ORDER BY 2 DESC LIMIT 3"));
        assertThat(plan).isEqualTo("""
                Limit
                  ->  Top-N Sort
                        Sort Key: count(*) DESC
                        ->  HashAggregate
                              Group Key: a.v
                              ->  Hash Join
                                    Hash Cond: (b.a_id = a.id)
                                    ->  Seq Scan on b
                                    ->  Seq Scan on a
                                          Filter: (a.v > 3)""");
    }
}
