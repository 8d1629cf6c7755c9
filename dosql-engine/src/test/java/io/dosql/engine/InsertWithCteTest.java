package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A WITH clause written before INSERT is visible to the INSERT's source query, as in PostgreSQL. */
class InsertWithCteTest extends SqlTestSupport {
    @Test
    void statementCtesFeedInsertSelect() {
        run("CREATE TABLE person (id INT PRIMARY KEY, age INT); CREATE TABLE pet (id INT PRIMARY KEY, name TEXT)");
        run("INSERT INTO person VALUES (1, 10), (2, 40), (3, 12)");
        StatementResult insert = execute(
                "WITH young AS (SELECT id FROM person WHERE age < ?) INSERT INTO pet (id, name) SELECT id + ?, ? FROM young",
                18, 100, "rex");
        assertThat(insert.updateCount()).isEqualTo(2);
        assertThat(rows("SELECT id, name FROM pet ORDER BY id")).containsExactly("101|rex", "103|rex");
    }

    @Test
    void statementCtesCombineWithTheSourceQuerysOwnCtes() {
        run("CREATE TABLE n (v INT)");
        run("WITH a AS (SELECT 1 AS v) INSERT INTO n WITH b AS (SELECT v + 1 AS v FROM a) SELECT v FROM a UNION ALL SELECT v FROM b");
        assertThat(rows("SELECT v FROM n ORDER BY v")).containsExactly("1", "2");
    }
}
