package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryFeatureTest extends SqlTestSupport {
    @BeforeEach
    void data() {
        run("CREATE TABLE emp (id INT PRIMARY KEY, name TEXT, dept INT, salary INT)");
        run("CREATE TABLE dept (id INT PRIMARY KEY, title TEXT)");
        run("INSERT INTO dept VALUES (1, 'eng'), (2, 'ops'), (3, 'empty')");
        run("INSERT INTO emp VALUES (1, 'ann', 1, 100), (2, 'bob', 1, 80), (3, 'cy', 2, 90), (4, 'dee', NULL, 70)");
    }

    @Test
    void joinsOfEveryKind() {
        assertThat(rows("SELECT e.name, d.title FROM emp e JOIN dept d ON e.dept = d.id ORDER BY e.id"))
                .containsExactly("ann|eng", "bob|eng", "cy|ops");
        assertThat(rows("SELECT e.name, d.title FROM emp e LEFT JOIN dept d ON e.dept = d.id ORDER BY e.id"))
                .containsExactly("ann|eng", "bob|eng", "cy|ops", "dee|NULL");
        assertThat(rows("SELECT e.name, d.title FROM emp e RIGHT JOIN dept d ON e.dept = d.id ORDER BY d.id, e.id"))
                .containsExactly("ann|eng", "bob|eng", "cy|ops", "NULL|empty");
        assertThat(rows("SELECT e.name, d.title FROM emp e FULL JOIN dept d ON e.dept = d.id ORDER BY e.id, d.id"))
                .containsExactly("ann|eng", "bob|eng", "cy|ops", "dee|NULL", "NULL|empty");
        assertThat(single("SELECT count(*) FROM emp CROSS JOIN dept")).isEqualTo("12");
        run("CREATE TABLE a (k INT, x TEXT)");
        run("CREATE TABLE b (k INT, y TEXT)");
        run("INSERT INTO a VALUES (1, 'a1'), (2, 'a2')");
        run("INSERT INTO b VALUES (2, 'b2'), (3, 'b3')");
        assertThat(rows("SELECT * FROM a NATURAL JOIN b")).containsExactly("2|a2|b2");
        assertThat(rows("SELECT k, x, y FROM a JOIN b USING (k)")).containsExactly("2|a2|b2");
        assertThat(rows("SELECT a.k, y FROM a LEFT JOIN b USING (k) ORDER BY a.k")).containsExactly("1|NULL", "2|b2");
    }

    @Test
    void subqueries() {
        assertThat(rows("SELECT name FROM emp WHERE salary > (SELECT avg(salary) FROM emp) ORDER BY name"))
                .containsExactly("ann", "cy");
        assertThat(rows("SELECT name FROM emp e WHERE salary = (SELECT max(salary) FROM emp WHERE dept = e.dept) ORDER BY 1"))
                .containsExactly("ann", "cy");
        assertThat(rows("SELECT title FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp WHERE dept = d.id)"))
                .containsExactly("empty");
        assertThat(rows("SELECT title FROM dept WHERE id IN (SELECT dept FROM emp) ORDER BY 1")).containsExactly("eng", "ops");
        assertThat(rows("SELECT title FROM dept WHERE id NOT IN (SELECT dept FROM emp)")).isEmpty();
        assertThat(rows("SELECT name FROM emp WHERE salary >= ALL (SELECT salary FROM emp)")).containsExactly("ann");
        assertThat(rows("SELECT name FROM emp WHERE salary < ANY (SELECT 75) ")).containsExactly("dee");
        assertThat(rows("SELECT t.n FROM (SELECT name AS n, salary FROM emp WHERE salary > 85) t ORDER BY t.n"))
                .containsExactly("ann", "cy");
    }

    @Test
    void nullSemantics() {
        assertThat(single("SELECT NULL AND FALSE, NULL OR TRUE, NOT (NULL::boolean) IS NULL"))
                .isEqualTo("false|true|false");
        assertThat(single("SELECT 1 IN (2, NULL), 1 NOT IN (2, NULL), 1 IN (1, NULL), NULL IS DISTINCT FROM NULL"))
                .isEqualTo("NULL|NULL|true|false");
        assertThat(single("SELECT count(*), count(dept) FROM emp")).isEqualTo("4|3");
        assertThat(rows("SELECT name FROM emp ORDER BY dept NULLS FIRST, id")).first().isEqualTo("dee");
        assertThat(rows("SELECT name FROM emp ORDER BY dept, id")).last().isEqualTo("dee");
        assertThat(rows("SELECT name FROM emp ORDER BY dept DESC, id")).first().isEqualTo("dee");
    }

    @Test
    void groupingAndHaving() {
        assertThat(rows("SELECT dept, count(*), sum(salary) FROM emp GROUP BY dept ORDER BY dept"))
                .containsExactly("1|2|180", "2|1|90", "NULL|1|70");
        assertThat(rows("SELECT dept AS d, max(salary) FROM emp GROUP BY 1 HAVING count(*) > 1")).containsExactly("1|100");
        assertThat(rows("SELECT d, count(*) FROM (SELECT dept AS d FROM emp) x GROUP BY d HAVING d IS NOT NULL ORDER BY 2 DESC, 1"))
                .containsExactly("1|2", "2|1");
        assertThat(single("SELECT count(DISTINCT dept), sum(salary) FILTER (WHERE salary > 80), string_agg(name, ',') FROM emp"))
                .isEqualTo("2|190|ann,bob,cy,dee");
        var error = failure("SELECT dept, salary FROM emp GROUP BY dept");
        assertThat(error.sqlState()).isEqualTo("42803");
        assertThat(error.getMessage()).isEqualTo("column \"emp.salary\" must appear in the GROUP BY clause or be used in an aggregate function");
    }

    @Test
    void setOperationsDistinctLimit() {
        assertThat(rows("SELECT dept FROM emp UNION SELECT id FROM dept ORDER BY 1")).containsExactly("1", "2", "3", "NULL");
        assertThat(rows("SELECT dept FROM emp INTERSECT SELECT id FROM dept ORDER BY 1")).containsExactly("1", "2");
        assertThat(rows("SELECT id FROM dept EXCEPT SELECT dept FROM emp")).containsExactly("3");
        assertThat(rows("SELECT dept FROM emp UNION ALL SELECT id FROM dept")).hasSize(7);
        assertThat(rows("SELECT DISTINCT dept FROM emp WHERE dept IS NOT NULL ORDER BY dept")).containsExactly("1", "2");
        assertThat(rows("SELECT DISTINCT ON (dept) dept, name FROM emp ORDER BY dept, salary DESC"))
                .containsExactly("1|ann", "2|cy", "NULL|dee");
        assertThat(rows("SELECT name FROM emp ORDER BY salary DESC LIMIT 2 OFFSET 1")).containsExactly("cy", "bob");
        assertThat(rows("SELECT name FROM emp ORDER BY id FETCH FIRST 1 ROWS ONLY")).containsExactly("ann");
        assertThat(rows("VALUES (1, 'x'), (2, 'y') ORDER BY 1 DESC")).containsExactly("2|y", "1|x");
    }

    @Test
    void commonTableExpressions() {
        assertThat(rows("WITH rich AS (SELECT * FROM emp WHERE salary >= 90) SELECT name FROM rich ORDER BY name"))
                .containsExactly("ann", "cy");
        assertThat(single("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT sum(i) FROM n"))
                .isEqualTo("55");
        assertThat(single("SELECT count(*) FROM generate_series(1, 5) AS g(x)")).isEqualTo("5");
    }

    @Test
    void windowFunctions() {
        assertThat(rows("SELECT name, row_number() OVER (ORDER BY salary DESC), rank() OVER (PARTITION BY dept ORDER BY salary DESC) FROM emp ORDER BY id"))
                .containsExactly("ann|1|1", "bob|3|2", "cy|2|1", "dee|4|1");
        assertThat(rows("SELECT id, sum(salary) OVER (ORDER BY id), lag(name) OVER (ORDER BY id) FROM emp ORDER BY id"))
                .containsExactly("1|100|NULL", "2|180|ann", "3|270|bob", "4|340|cy");
        assertThat(rows("SELECT id, sum(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM emp ORDER BY id"))
                .containsExactly("1|100", "2|180", "3|170", "4|160");
        assertThat(rows("SELECT dept, first_value(name) OVER (PARTITION BY dept ORDER BY salary) FROM emp WHERE dept = 1"))
                .containsExactly("1|bob", "1|bob");
    }

    @Test
    void expressionsAndLabels() {
        StatementResult result = execute("SELECT 1, name, count(*), CASE WHEN true THEN 1 END, salary::text FROM emp GROUP BY name, salary");
        assertThat(result.columns()).extracting(ResultColumn::label)
                .containsExactly("?column?", "name", "count", "case", "salary");
        assertThat(single("SELECT 5 BETWEEN 1 AND 10, 5 NOT BETWEEN 6 AND 10, 'abc' LIKE 'a%', 'ABC' ILIKE 'a_c'"))
                .isEqualTo("true|true|true|true");
        assertThat(single("SELECT GREATEST(1, 5, 3), LEAST(2, NULL, 1), CAST('12' AS INTEGER) + 1, 2147483648"))
                .isEqualTo("5|1|13|2147483648");
        assertThat(execute("SELECT 2147483648, 1.5").columns()).extracting(column -> column.type().kind().name())
                .containsExactly("BIGINT", "NUMERIC");
        assertThat(failure("SELECT 1 / 0").sqlState()).isEqualTo("22012");
    }

    @Test
    void unknownNamesGiveHints() {
        var column = failure("SELECT nmae FROM emp");
        assertThat(column.sqlState()).isEqualTo("42703");
        assertThat(column.getMessage()).isEqualTo("column \"nmae\" does not exist");
        assertThat(column.hint()).contains("Perhaps you meant to reference the column \"emp.name\".");
        assertThat(column.position()).isEqualTo(8);
        var table = failure("SELECT * FROM empp");
        assertThat(table.sqlState()).isEqualTo("42P01");
        assertThat(table.hint()).isPresent();
    }

    @Test
    void viewsAndDdl() {
        run("CREATE VIEW eng AS SELECT name, salary FROM emp WHERE dept = 1");
        assertThat(rows("SELECT name FROM eng ORDER BY salary")).containsExactly("bob", "ann");
        run("ALTER TABLE emp ADD COLUMN bonus INT DEFAULT 5");
        assertThat(single("SELECT sum(bonus) FROM emp")).isEqualTo("20");
        run("ALTER TABLE emp RENAME COLUMN bonus TO extra");
        run("ALTER TABLE emp DROP COLUMN extra");
        run("ALTER TABLE dept RENAME TO department");
        assertThat(single("SELECT count(*) FROM department")).isEqualTo("3");
        run("CREATE SCHEMA s; CREATE TABLE s.t (x INT); INSERT INTO s.t VALUES (1)");
        assertThat(single("SELECT x FROM s.t")).isEqualTo("1");
        run("CREATE TABLE copy AS SELECT id, name FROM emp WHERE id < 3");
        assertThat(single("SELECT count(*) FROM copy")).isEqualTo("2");
        run("TRUNCATE copy");
        assertThat(single("SELECT count(*) FROM copy")).isEqualTo("0");
        run("DROP VIEW eng; DROP TABLE IF EXISTS nothing; CREATE TABLE IF NOT EXISTS copy (z INT)");
        assertThat(failure("CREATE TABLE copy (z INT)").sqlState()).isEqualTo("42P07");
    }

    @Test
    void explainShowsIndexScanForPrimaryKeyLookup() {
        assertThat(rows("EXPLAIN SELECT name FROM emp WHERE id = 1")).first().asString()
                .startsWith("Index Scan using emp_pkey on emp");
        run("CREATE INDEX emp_salary ON emp (salary)");
        assertThat(rows("EXPLAIN SELECT name FROM emp WHERE salary > 85")).first().asString()
                .startsWith("Index Scan using emp_salary on emp");
        assertThat(rows("SELECT name FROM emp WHERE salary > 85 ORDER BY 1")).containsExactly("ann", "cy");
        assertThat(String.join("\n", rows("EXPLAIN SELECT e.name FROM emp e JOIN dept d ON e.dept = d.id")))
                .contains("Hash Join");
        assertThat(String.join("\n", rows("EXPLAIN ANALYZE SELECT * FROM emp"))).contains("actual rows=4");
    }

    @Test
    void joinAlgorithmsAgreeOnLargerTables() {
        run("CREATE TABLE big (id INT PRIMARY KEY, ref INT, v INT)");
        run("CREATE TABLE small (id INT PRIMARY KEY, tag TEXT)");
        run("INSERT INTO big SELECT g, g % 50, g * 2 FROM generate_series(1, 2000) AS g(g)");
        run("INSERT INTO small VALUES (1, 'one'), (7, 'seven'), (49, 'last')");
        run("CREATE INDEX big_ref ON big (ref)");
        run("ANALYZE");
        String plan = String.join("\n", rows("EXPLAIN SELECT b.id FROM small s, big b WHERE b.ref = s.id AND s.tag <> 'x'"));
        assertThat(plan).contains("Index Scan using big_ref on big");
        assertThat(single("SELECT count(*), sum(b.v) FROM small s, big b WHERE b.ref = s.id AND s.tag <> 'x'"))
                .isEqualTo("120|" + (2 * (40 * 1 + 40 * 7 + 40 * 49 + 50 * (0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39) * 3)));
        assertThat(single("SELECT count(*) FROM big b JOIN small s ON s.id = b.ref JOIN big b2 ON b2.id = b.id"))
                .isEqualTo("120");
    }

    @Test
    void settingsAndVersion() {
        assertThat(single("SHOW search_path")).isEqualTo("\"$user\", public");
        run("SET statement_timeout = 5000");
        assertThat(single("SHOW statement_timeout")).isEqualTo("5000");
        assertThat(single("SELECT version()")).contains("DoSQL");
    }

    /** A scalar subquery's column is labelled as the subquery's column (labels as PostgreSQL 15 gives them). */
    @Test
    void scalarSubqueriesTakeTheirColumnsLabel() {
        run("CREATE TABLE lsrc (k int, w text); INSERT INTO lsrc VALUES (1, 'one')");
        StatementResult result = execute("SELECT (SELECT 1), (SELECT 1 AS a), (SELECT k FROM lsrc UNION SELECT 2 LIMIT 1),"
                + " (SELECT count(*) FROM lsrc), (VALUES (5)), ((SELECT 3 AS b)), (SELECT (SELECT 4 AS c)),"
                + " (SELECT w FROM lsrc WHERE k = 1)");
        assertThat(result.columns().stream().map(ResultColumn::label).toList())
                .containsExactly("?column?", "a", "k", "count", "column1", "b", "c", "w");
        assertThat(render(result)).containsExactly("1|1|1|1|5|3|4|one");
        // PostgreSQL 15 labels a bare TRUE/FALSE ?column?, a cast bool
        assertThat(execute("SELECT true, 't'::bool").columns().stream().map(ResultColumn::label).toList())
                .containsExactly("?column?", "bool");
    }

    /** A cast takes its type's name unless its operand has a column or function name (labels from PostgreSQL 15). */
    @Test
    void castsOfCastsTakeTheOuterTypesLabel() {
        StatementResult result = execute("SELECT 1::int::text, 'a'::text::varchar, CAST(CAST(1 AS int) AS text),"
                + " (CASE WHEN true THEN 1 END)::text, x::text, upper('a')::varchar, date '2020-01-01',"
                + " (date '2020-01-01')::text, (SELECT 1::int8)::text, (SELECT y FROM (VALUES (1)) v(y))::text"
                + " FROM (VALUES (1)) t(x)");
        assertThat(result.columns().stream().map(ResultColumn::label).toList())
                .containsExactly("text", "varchar", "text", "text", "x", "upper", "date", "text", "int8", "y");
    }

    /** date_bin as PostgreSQL 15 computes it, also with the origin after the source. */
    @Test
    void dateBin() {
        assertThat(single("SELECT date_bin('15 minutes', '2024-03-15 09:45'::timestamp, '2024-03-15 10:00'),"
                + " date_bin('15 minutes', '2024-03-15 09:50'::timestamp, '2024-03-15 10:00'),"
                + " date_bin('15 minutes', '2024-03-15 10:07'::timestamp, '2024-01-01'),"
                + " date_bin('1 day 2 hours', '2024-03-15 10:07'::timestamp, '2000-01-01'),"
                + " date_bin('15 minutes', '2024-03-15 10:07+00'::timestamptz, '2024-01-01 00:00+00')"))
                .isEqualTo("2024-03-15T09:45|2024-03-15T09:45|2024-03-15T10:00|2024-03-15T00:00|2024-03-15T10:00Z");
        assertThat(failure("SELECT date_bin('1 month', '2024-03-15'::timestamp, '2024-01-01')").sqlState()).isEqualTo("0A000");
        // a date with an offset and no time, as PostgreSQL reads it
        assertThat(single("SELECT '2024-01-01+02'::timestamptz, '2024-01-01+02'::timestamp, '2024-01-01+02'::date"))
                .isEqualTo("2023-12-31T22:00Z|2024-01-01T00:00|2024-01-01");
        assertThat(failure("SELECT date_bin('0 minutes', '2024-03-15'::timestamp, '2024-01-01')").getMessage())
                .isEqualTo("stride must be greater than zero");
    }

    /** Values as PostgreSQL 15 prints them. */
    @Test
    void numericConstantsNeverHaveANegativeScaleAndShaDigests() {
        assertThat(single("SELECT 1e-10 * 1e10, 1e10, -1e3, 2.5e2")).isEqualTo("1.0000000000|10000000000|-1000|250");
        assertThat(single("SELECT encode(sha256('abc'::bytea), 'hex'), encode(sha224('x'::bytea), 'hex')"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad|"
                        + "54a2f7f92a5f975d8096af77a126edda7da60c5aa872ef1b871701ae");
    }

    /** Values and errors as PostgreSQL 15 gives them. */
    @Test
    void widthBucketFactorialAndScales() {
        assertThat(single("SELECT width_bucket(5, 0, 10, 5), width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5),"
                + " width_bucket(5.5, 10, 0, 4), width_bucket(2.5::float8, 0, 10, 4)")).isEqualTo("3|0|6|2|2");
        assertThat(single("SELECT factorial(5), factorial(0), factorial(20), pg_typeof(factorial(3))"))
                .isEqualTo("120|1|2432902008176640000|numeric");
        assertThat(single("SELECT scale(1.230), scale(10), min_scale(1.2300), min_scale(100), trim_scale(1.2300),"
                + " trim_scale(100.000)")).isEqualTo("3|0|2|0|1.23|100");
        assertThat(failure("SELECT width_bucket(5, 0, 10, 0)").sqlState()).isEqualTo("2201G");
        assertThat(failure("SELECT width_bucket(5, 3, 3, 2)").getMessage()).isEqualTo("lower bound cannot equal upper bound");
        assertThat(failure("SELECT factorial(-1)").sqlState()).isEqualTo("22003");
        assertThat(single("SELECT 'NaN'::float8 / 0")).isEqualTo("NaN");
    }

    /** SELECT … INTO t is CREATE TABLE t AS SELECT … (PostgreSQL 15: tags, rows, and where it is refused). */
    @Test
    void selectIntoCreatesATable() {
        run("CREATE TABLE src (id int, v text); INSERT INTO src VALUES (1, 'a'), (2, 'b')");
        assertThat(execute("SELECT id, v INTO cp2 FROM src WHERE id > 1").commandTag()).isEqualTo("SELECT 1");
        assertThat(rows("SELECT * FROM cp2")).containsExactly("2|b");
        run("SELECT id * 10 AS x INTO TEMP TABLE cp3 FROM src ORDER BY id DESC");
        assertThat(rows("SELECT x FROM cp3")).containsExactly("20", "10");
        run("SELECT 1 AS n INTO cp5 UNION SELECT 2");
        assertThat(rows("SELECT n FROM cp5 ORDER BY 1")).containsExactly("1", "2");
        var nested = failure("SELECT * FROM (SELECT id INTO cp4 FROM src) s");
        assertThat(nested.sqlState()).isEqualTo("42601");
        assertThat(nested.getMessage()).isEqualTo("SELECT ... INTO is not allowed here");
    }
}
