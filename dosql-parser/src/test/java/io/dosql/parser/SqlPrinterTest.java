package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.parser.ast.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Printing then re-parsing gives the same tree, so printing twice gives the same text. */
class SqlPrinterTest {

    private static String roundTrip(String sql) {
        Statement original = SqlParser.parseStatement(sql);
        String printed = SqlPrinter.print(original);
        Statement reparsed = SqlParser.parseStatement(printed);
        assertThat(reparsed).as("reparsed %s", printed).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes("(.*\\.)?position", "(.*\\.)?sql").isEqualTo(original);
        assertThat(SqlPrinter.print(reparsed)).as("reprinted %s", sql).isEqualTo(printed);
        return printed;
    }

    @Test
    void expressionsAreFullyParenthesised() {
        assertThat(roundTrip("SELECT a + b * -c, NOT x = 1 OR y IS NULL")).isEqualTo(
                "SELECT (a + (b * (- c))), ((NOT (x = 1)) OR (y IS NULL))");
        assertThat(roundTrip("SELECT EXTRACT(year FROM d), current_date, count(*), count(DISTINCT a) FILTER (WHERE a > 0)"))
                .isEqualTo("SELECT EXTRACT('year' FROM d), current_date, count(*), count(DISTINCT a) FILTER (WHERE (a > 0))");
        assertThat(roundTrip("SELECT \"Mixed\", \"select\", key, DATE '2020-01-01', X'ab', ?"))
                .isEqualTo("SELECT \"Mixed\", \"select\", key, date '2020-01-01', bytea '\\xab', $1");
    }

    @Test
    void statementsOfEveryKind() {
        for (String sql : List.of(
                "WITH RECURSIVE r (n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM r) SELECT * FROM r ORDER BY n DESC NULLS LAST LIMIT 3 OFFSET 1",
                "SELECT DISTINCT ON (a) a AS x, t.* FROM s.t AS t (a, b) LEFT JOIN u USING (a) NATURAL JOIN v CROSS JOIN w, LATERAL f(1) AS g (n)",
                "SELECT * FROM a JOIN (b JOIN c ON p) ON q FOR UPDATE OF a SKIP LOCKED",
                "SELECT 1 UNION SELECT 2 INTERSECT SELECT 3 EXCEPT ALL (SELECT 4 ORDER BY 1)",
                "SELECT sum(a) OVER (PARTITION BY b ORDER BY c ROWS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES), rank() OVER w FROM t WINDOW w AS (ORDER BY a)",
                "INSERT OR REPLACE INTO t AS x (a, b) VALUES (1, DEFAULT), (2, 3) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE x.b < 1 RETURNING *",
                "WITH q AS (SELECT 1) INSERT INTO t SELECT * FROM q ON CONFLICT ON CONSTRAINT k DO NOTHING",
                "INSERT INTO t DEFAULT VALUES",
                "UPDATE t AS x SET a = 1, b = DEFAULT FROM u WHERE x.a = u.a RETURNING a",
                "DELETE FROM t AS d USING u WHERE d.a = u.a RETURNING d.*",
                "CREATE TEMP TABLE IF NOT EXISTS t (a int PRIMARY KEY AUTOINCREMENT, b varchar(10) NOT NULL DEFAULT 'x' CHECK (b <> ''), "
                        + "c int CONSTRAINT r REFERENCES u (a) ON DELETE CASCADE, d bigint GENERATED ALWAYS AS IDENTITY, e, "
                        + "CONSTRAINT pk PRIMARY KEY (a, b), UNIQUE (c), FOREIGN KEY (c) REFERENCES u (a) ON UPDATE SET NULL)",
                "CREATE TABLE t2 (a, b) AS SELECT 1, 2",
                "CREATE SEQUENCE IF NOT EXISTS s.q AS integer INCREMENT BY -2 MINVALUE -100 MAXVALUE 5 START WITH 3 CACHE 1 "
                        + "NO CYCLE OWNED BY t.a",
                "CREATE SEQUENCE q NO MINVALUE NO MAXVALUE CYCLE OWNED BY NONE",
                "ALTER SEQUENCE IF EXISTS q RESTART WITH 7 INCREMENT 2",
                "ALTER SEQUENCE q RESTART",
                "CREATE UNIQUE INDEX IF NOT EXISTS i ON t (a DESC, lower(b)) WHERE a > 0",
                "CREATE OR REPLACE VIEW v (a) AS SELECT a FROM t",
                "CREATE SCHEMA IF NOT EXISTS s",
                "CREATE TRIGGER tr AFTER UPDATE OF a, b ON t FOR EACH ROW WHEN new.a > 0 BEGIN INSERT INTO log VALUES (new.a); DELETE FROM x; END",
                "DROP TABLE IF EXISTS a, s.b CASCADE",
                "ALTER TABLE t ADD COLUMN c int NOT NULL, ADD CONSTRAINT u UNIQUE (c), DROP COLUMN IF EXISTS d CASCADE, DROP CONSTRAINT k, "
                        + "ALTER COLUMN e SET DEFAULT 1, ALTER f DROP DEFAULT, ALTER g SET NOT NULL, ALTER h DROP NOT NULL, ALTER i TYPE numeric(5, 2), "
                        + "RENAME COLUMN k TO l, RENAME TO t3",
                "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "COMMIT", "ROLLBACK", "SAVEPOINT s", "RELEASE s", "ROLLBACK TO s",
                "SET TRANSACTION READ WRITE", "SET LOCAL search_path TO public, 'x', -5", "SET x TO DEFAULT", "SHOW ALL", "RESET timezone",
                "EXPLAIN ANALYZE VERBOSE SELECT 1", "ANALYZE t", "VACUUM", "REINDEX t", "TRUNCATE a, b", "PRAGMA foreign_keys = ON",
                "SELECT CAST(a AS double precision), a::timestamp with time zone, TIMESTAMP WITH TIME ZONE 'x', B'01', INTERVAL '1' DAY",
                "SELECT a NOT SIMILAR TO 'x', a COLLATE \"C\", a = ANY (ARRAY[1, 2]), b > ALL (SELECT 1), ROW(1, 2), (SELECT 1), EXISTS (SELECT 1)",
                "SELECT CASE a WHEN 1 THEN 2 ELSE 3 END, substring(s FROM 2 FOR 3), trim(s), position('a' IN s), now() AT TIME ZONE 'UTC'")) {
            roundTrip(sql);
        }
    }

    /** Every applicable sqllogictest record round-trips through the printer. */
    @Test
    void corpusRoundTrips() throws IOException {
        Path corpus = Paths.get(System.getProperty("dosql.corpus.dir", "/work/shared/sqllogictest"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(path -> path.toString().endsWith(".test")).sorted().collect(Collectors.toList());
        }
        Map<String, String> failures = new TreeMap<>();
        int checked = 0;
        for (Path file : files) {
            for (String sql : SqlLogicTestCorpusTest.records(file)) {
                for (Statement statement : SqlParser.parseScript(sql)) {
                    String printed = SqlPrinter.print(statement);
                    try {
                        String reprinted = SqlPrinter.print(SqlParser.parseStatement(printed));
                        if (!reprinted.equals(printed)) {
                            failures.putIfAbsent(printed, reprinted);
                        }
                    } catch (DoSqlException failure) {
                        failures.putIfAbsent(printed, failure.getMessage());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(150_000);
        assertThat(failures).as("first failures: %s", failures.entrySet().stream().limit(10).collect(Collectors.toList())).isEmpty();
    }

    @Test
    void mergeRoundTrips() {
        assertThat(roundTrip("merge into t x using u on x.id = u.id when matched and u.k = 1 then delete"
                + " when matched then update set a = u.a, b = default when not matched and u.a is null then do nothing"
                + " when not matched then insert (id, a) values (u.id, default)"))
                .isEqualTo("MERGE INTO t AS x USING u ON (x.id = u.id) WHEN MATCHED AND (u.k = 1) THEN DELETE"
                        + " WHEN MATCHED THEN UPDATE SET a = u.a, b = DEFAULT WHEN NOT MATCHED AND (u.a IS NULL) THEN DO NOTHING"
                        + " WHEN NOT MATCHED THEN INSERT (id, a) VALUES (u.id, DEFAULT)");
        assertThat(roundTrip("MERGE INTO t USING (SELECT 1 AS id) AS s ON t.id = s.id"
                + " WHEN NOT MATCHED THEN INSERT DEFAULT VALUES"))
                .isEqualTo("MERGE INTO t USING (SELECT 1 AS id) AS s ON (t.id = s.id) WHEN NOT MATCHED THEN INSERT DEFAULT VALUES");
    }

    @Test
    void jsonOperatorsRoundTripWithOtherOperatorPrecedence() {
        assertThat(roundTrip("SELECT a -> 'x' ->> 'y' = 'z', b #> '{a,0}', b #>> '{a}', c @> d, c <@ d || e"))
                .isEqualTo("SELECT (((a -> 'x') ->> 'y') = 'z'), (b #> '{a,0}'), (b #>> '{a}'), (c @> d), ((c <@ d) || e)");
    }
}
