package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import io.dosql.parser.lexer.Lexer;
import io.dosql.parser.lexer.Token;
import io.dosql.parser.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken SQL must only ever produce a {@link DoSqlException}: every prefix of a set of varied
 * statements, and random token deletions and swaps, are parsed and any other exception is a bug.
 */
class ParserRobustnessTest {
    private static final List<String> STATEMENTS = List.of(
            "SELECT DISTINCT ON (a) a, b AS x, t.* FROM s.t AS t (a, b) LEFT JOIN u USING (a) WHERE a IN (1, 2) AND b BETWEEN 1 AND 2",
            "SELECT count(*) FILTER (WHERE a > 0) OVER (PARTITION BY b ORDER BY c ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t",
            "WITH RECURSIVE r(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM r) SELECT * FROM r ORDER BY n DESC NULLS LAST LIMIT 3 OFFSET 1",
            "SELECT CASE WHEN a THEN 1 ELSE 2 END, CAST(a AS numeric(10, 2)), a::int[], EXTRACT(year FROM d), TRIM(LEADING 'x' FROM s)",
            "SELECT * FROM (SELECT 1) AS x, LATERAL generate_series(1, 3) g(n) WHERE EXISTS (SELECT 1) AND a = ANY (ARRAY[1, 2])",
            "INSERT INTO t (a, b) VALUES (1, DEFAULT), ($1, ?) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE t.b < 1 RETURNING *",
            "UPDATE t AS x SET (a, b) = (1, 2), c = c + 1 FROM u WHERE x.a = u.a RETURNING a",
            "DELETE FROM t USING u WHERE t.a = u.a RETURNING *",
            "MERGE INTO t AS x USING (VALUES (1)) v (a) ON x.a = v.a WHEN MATCHED AND v.a > 0 THEN UPDATE SET b = 1 "
                    + "WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT (a) VALUES (v.a)",
            "CREATE TABLE IF NOT EXISTS t (a int PRIMARY KEY, b varchar(10) NOT NULL DEFAULT 'x' CHECK (b <> ''), "
                    + "c int REFERENCES u (a) ON DELETE CASCADE, CONSTRAINT k UNIQUE (b), FOREIGN KEY (c) REFERENCES u (a))",
            "CREATE UNIQUE INDEX i ON t (a DESC, lower(b)) WHERE a > 0",
            "CREATE OR REPLACE VIEW v (a) AS SELECT a FROM t",
            "CREATE TRIGGER tr AFTER UPDATE OF a ON t FOR EACH ROW WHEN new.a > 0 BEGIN INSERT INTO log VALUES (new.a); END",
            "ALTER TABLE t ADD COLUMN c int, DROP COLUMN d, ALTER COLUMN e TYPE bigint, RENAME TO t2",
            "BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY",
            "EXPLAIN (ANALYZE, VERBOSE) SELECT 1",
            "SET search_path TO public, x",
            "SELECT E'\\x41', $$a$$, X'ff', B'01', U&'\\0041', 1.5e3, 9223372036854775808, DATE '2020-01-01', INTERVAL '1' DAY",
            "SELECT a NOT SIMILAR TO 'x' ESCAPE '#', a IS NOT DISTINCT FROM b, a OPERATOR(pg_catalog.+) 1, a COLLATE \"C\"");

    @Test
    void everyPrefixFailsCleanly() {
        for (String sql : STATEMENTS) {
            for (Token token : Lexer.tokenize(sql)) {
                assertCleanOutcome(sql.substring(0, token.start()));
                assertCleanOutcome(sql.substring(0, token.end()) + ")");
            }
        }
    }

    @Test
    void randomTokenEditsFailCleanly() {
        Random random = new Random(42);
        for (int round = 0; round < 4000; round++) {
            String sql = STATEMENTS.get(random.nextInt(STATEMENTS.size()));
            List<Token> tokens = new ArrayList<>(Lexer.tokenize(sql));
            tokens.remove(tokens.size() - 1);
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits && tokens.size() > 1; i++) {
                int at = random.nextInt(tokens.size());
                switch (random.nextInt(3)) {
                    case 0 -> tokens.remove(at);
                    case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                    default -> {
                        int other = random.nextInt(tokens.size());
                        Token swapped = tokens.get(at);
                        tokens.set(at, tokens.get(other));
                        tokens.set(other, swapped);
                    }
                }
            }
            StringBuilder text = new StringBuilder();
            for (Token token : tokens) {
                text.append(sql, token.start(), token.end()).append(' ');
            }
            assertCleanOutcome(text.toString());
        }
    }

    @Test
    void oddLiterals() {
        for (String sql : List.of("SELECT $99999999999", "SELECT $0", "SELECT 1::varchar(99999999999)", "SELECT E'\\U0011FFFF'",
                "SELECT U&'\\D800'", "SELECT E'\\", "SELECT 'a' '", "SELECT [", "SELECT `", "SELECT \"a", "SELECT $a",
                "SELECT interval '1' day to", "SELECT a.", "SELECT ARRAY[", "SELECT ROW(", "SELECT ((", "VALUES ((")) {
            assertCleanOutcome(sql);
        }
        assertThat(TokenType.values()).isNotEmpty();
    }

    private static void assertCleanOutcome(String sql) {
        try {
            SqlParser.parseScript(sql);
            SqlParser.splitStatements(sql);
        } catch (DoSqlException expected) {
            assertThat(expected.position()).as("position for %s", sql).isBetween(0, sql.length() + 1);
        } catch (RuntimeException bug) {
            throw new AssertionError("unexpected " + bug + " for: " + sql, bug);
        }
    }
}
