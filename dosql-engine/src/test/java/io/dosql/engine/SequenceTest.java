package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences: CREATE/ALTER/DROP SEQUENCE and nextval, currval, setval, lastval; values and errors as PostgreSQL 15 gives them. */
class SequenceTest extends SqlTestSupport {
    private void assertFailure(String sql, String sqlState, String message) {
        DoSqlException failure = failure(sql);
        assertThat(failure.getMessage()).isEqualTo(message);
        assertThat(failure.sqlState()).isEqualTo(sqlState);
    }

    @Test
    void nextvalCurrvalSetvalLastval() {
        run("CREATE SEQUENCE s1");
        StatementResult first = execute("SELECT nextval('s1'), nextval('s1')");
        assertThat(first.columns()).extracting(ResultColumn::label).containsExactly("nextval", "nextval");
        assertThat(first.columns().get(0).type()).isEqualTo(io.dosql.core.SqlType.BIGINT);
        assertThat(render(first)).containsExactly("1|2");
        assertThat(single("SELECT currval('s1'), lastval()")).isEqualTo("2|2");
        assertThat(single("SELECT setval('s1', 10), nextval('s1')")).isEqualTo("10|11");
        assertThat(single("SELECT setval('s1', 10, false), nextval('s1')")).isEqualTo("10|10");
        assertThat(single("SELECT pg_typeof(nextval('s1')), pg_typeof(setval('s1', 1)), pg_typeof(currval('s1')), "
                + "pg_typeof(lastval())")).isEqualTo("bigint|bigint|bigint|bigint");
        assertThat(single("SELECT nextval('public.s1'), nextval(' \"s1\" ')")).isEqualTo("2|3");
        assertThat(single("SELECT nextval(NULL), setval('s1', NULL), setval('s1', 1, NULL)")).isEqualTo("NULL|NULL|NULL");
        assertThat(rows("SELECT nextval('s1') FROM generate_series(1, 3)")).containsExactly("4", "5", "6");
    }

    @Test
    void setvalSetsCurrvalOnlyWhenCalledAndNeverLastval() {
        run("CREATE SEQUENCE s1");
        assertFailure("SELECT lastval()", "55000", "lastval is not yet defined in this session");
        assertThat(single("SELECT setval('s1', 5)")).isEqualTo("5");
        assertThat(single("SELECT currval('s1')")).isEqualTo("5");
        assertFailure("SELECT lastval()", "55000", "lastval is not yet defined in this session");
        assertThat(single("SELECT setval('s1', 9, false)")).isEqualTo("9");
        assertThat(single("SELECT currval('s1')")).isEqualTo("5");
        assertThat(single("SELECT nextval('s1'), lastval()")).isEqualTo("9|9");
        run("DROP SEQUENCE s1");
        assertFailure("SELECT lastval()", "55000", "lastval is not yet defined in this session");
    }

    @Test
    void errorsOfTheFunctions() {
        run("CREATE SEQUENCE s3 AS smallint; CREATE SEQUENCE s4 MAXVALUE 2; CREATE TABLE t1 (a int);"
                + "CREATE VIEW v1 AS SELECT 1");
        assertFailure("SELECT currval('s3')", "55000", "currval of sequence \"s3\" is not yet defined in this session");
        assertFailure("SELECT nextval('nosuch')", "42P01", "relation \"nosuch\" does not exist");
        assertFailure("SELECT nextval('\"S3\"')", "42P01", "relation \"S3\" does not exist");
        assertFailure("SELECT nextval('t1')", "42809", "\"t1\" is not a sequence");
        assertFailure("SELECT nextval('v1')", "42809", "\"v1\" is not a sequence");
        assertFailure("SELECT nextval('nosch.x')", "3F000", "schema \"nosch\" does not exist");
        assertFailure("SELECT nextval('a.b.c.d')", "42601", "improper relation name (too many dotted names): a.b.c.d");
        assertFailure("SELECT nextval('')", "42602", "invalid name syntax");
        assertFailure("SELECT nextval('s1 x')", "42602", "invalid name syntax");
        assertThat(single("SELECT nextval('s4')")).isEqualTo("1");
        assertThat(single("SELECT nextval('s4')")).isEqualTo("2");
        assertFailure("SELECT nextval('s4')", "2200H", "nextval: reached maximum value of sequence \"s4\" (2)");
        assertFailure("SELECT setval('s4', 0)", "22003", "setval: value 0 is out of bounds for sequence \"s4\" (1..2)");
        assertFailure("SELECT setval('s3', 40000)", "22003",
                "setval: value 40000 is out of bounds for sequence \"s3\" (1..32767)");
    }

    @Test
    void descendingAndCyclingSequences() {
        run("CREATE SEQUENCE s2 INCREMENT BY -1");
        assertThat(single("SELECT nextval('s2'), nextval('s2')")).isEqualTo("-1|-2");
        run("CREATE SEQUENCE d1 INCREMENT -5 MINVALUE -12");
        assertThat(single("SELECT nextval('d1'), nextval('d1'), nextval('d1')")).isEqualTo("-1|-6|-11");
        assertFailure("SELECT nextval('d1')", "2200H", "nextval: reached minimum value of sequence \"d1\" (-12)");
        run("CREATE SEQUENCE c1 MINVALUE 1 MAXVALUE 3 CYCLE");
        assertThat(rows("SELECT nextval('c1') FROM generate_series(1, 5)")).containsExactly("1", "2", "3", "1", "2");
        run("CREATE SEQUENCE c2 INCREMENT -1 MINVALUE 1 MAXVALUE 2 CYCLE");
        assertThat(rows("SELECT nextval('c2') FROM generate_series(1, 4)")).containsExactly("2", "1", "2", "1");
        run("CREATE SEQUENCE s10 AS smallint INCREMENT -1");
        assertFailure("SELECT setval('s10', -40000)", "22003",
                "setval: value -40000 is out of bounds for sequence \"s10\" (-32768..-1)");
        run("CREATE SEQUENCE big START 9223372036854775806");
        assertThat(single("SELECT nextval('big'), nextval('big')")).isEqualTo("9223372036854775806|9223372036854775807");
        assertFailure("SELECT nextval('big')", "2200H",
                "nextval: reached maximum value of sequence \"big\" (9223372036854775807)");
    }

    @Test
    void createSequenceChecksItsOptions() {
        run("CREATE TABLE t1 (a int)");
        assertFailure("CREATE SEQUENCE x1 START 0", "22023", "START value (0) cannot be less than MINVALUE (1)");
        assertFailure("CREATE SEQUENCE x1 START 5 MAXVALUE 4", "22023", "START value (5) cannot be greater than MAXVALUE (4)");
        assertFailure("CREATE SEQUENCE x1 MINVALUE 10 MAXVALUE 5", "22023", "MINVALUE (10) must be less than MAXVALUE (5)");
        assertFailure("CREATE SEQUENCE x1 INCREMENT 0", "22023", "INCREMENT must not be zero");
        assertFailure("CREATE SEQUENCE x1 AS smallint MAXVALUE 100000", "22023",
                "MAXVALUE (100000) is out of range for sequence data type smallint");
        assertFailure("CREATE SEQUENCE x1 AS text", "22023", "sequence type must be smallint, integer, or bigint");
        assertFailure("CREATE SEQUENCE x1 CACHE 0", "22023", "CACHE (0) must be greater than zero");
        assertFailure("CREATE SEQUENCE x1 INCREMENT 1 INCREMENT 2", "42601", "conflicting or redundant options");
        assertFailure("CREATE SEQUENCE x1 OWNED BY t1", "42601", "invalid OWNED BY option");
        assertFailure("CREATE SEQUENCE x1 OWNED BY nosuch.a", "42P01", "relation \"nosuch\" does not exist");
        assertFailure("CREATE SEQUENCE x1 OWNED BY t1.b", "42703", "column \"b\" of relation \"t1\" does not exist");
        assertFailure("CREATE SEQUENCE x1 MAXVALUE 99999999999999999999", "22003",
                "value \"99999999999999999999\" is out of range for type bigint");
        assertFailure("SELECT nextval('x1')", "42P01", "relation \"x1\" does not exist");
    }

    @Test
    void hibernateStyleSequence() {
        run("create sequence foo_seq start with 1 increment by 50");
        assertThat(single("select nextval('foo_seq')")).isEqualTo("1");
        assertThat(single("select nextval('foo_seq')")).isEqualTo("51");
    }

    @Test
    void relationsShareOneNamespace() {
        run("CREATE TABLE t1 (a int); CREATE VIEW v1 AS SELECT 1; CREATE INDEX i1 ON t1 (a); CREATE SEQUENCE s1");
        assertFailure("CREATE SEQUENCE t1", "42P07", "relation \"t1\" already exists");
        assertFailure("CREATE SEQUENCE v1", "42P07", "relation \"v1\" already exists");
        assertFailure("CREATE SEQUENCE i1", "42P07", "relation \"i1\" already exists");
        assertFailure("CREATE SEQUENCE s1", "42P07", "relation \"s1\" already exists");
        assertFailure("CREATE TABLE s1 (a int)", "42P07", "relation \"s1\" already exists");
        assertFailure("CREATE VIEW s1 AS SELECT 1", "42P07", "relation \"s1\" already exists");
        assertFailure("CREATE INDEX s1 ON t1 (a)", "42P07", "relation \"s1\" already exists");
        assertFailure("ALTER TABLE t1 RENAME TO s1", "42P07", "relation \"s1\" already exists");
        run("CREATE SEQUENCE IF NOT EXISTS s1; CREATE SEQUENCE IF NOT EXISTS t1");
        assertThat(single("SELECT nextval('s1')")).isEqualTo("1");
    }

    @Test
    void schemasAndSearchPath() {
        run("CREATE SCHEMA sx; CREATE TABLE sx.t2 (a int)");
        assertFailure("CREATE SEQUENCE o2 OWNED BY sx.t2.a", "55000", "sequence must be in same schema as table it is linked to");
        run("CREATE SEQUENCE sx.o2 OWNED BY sx.t2.a");
        assertThat(single("SELECT nextval('sx.o2')")).isEqualTo("1");
        run("SET search_path = sx, public");
        assertThat(single("SELECT nextval('o2')")).isEqualTo("2");
        assertThat(single("SELECT currval('o2'), lastval()")).isEqualTo("2|2");
        run("CREATE SEQUENCE o3");
        run("RESET search_path");
        assertThat(single("SELECT nextval('sx.o3')")).isEqualTo("1");
        assertFailure("SELECT nextval('o3')", "42P01", "relation \"o3\" does not exist");
        assertFailure("DROP SCHEMA sx", "2BP01", "cannot drop schema sx because other objects depend on it");
        run("DROP TABLE sx.t2");
        assertFailure("SELECT nextval('sx.o2')", "42P01", "relation \"sx.o2\" does not exist");
        run("DROP SCHEMA sx CASCADE");
    }

    @Test
    void alterSequence() {
        run("CREATE SEQUENCE r1 START 5");
        assertThat(single("SELECT nextval('r1'), nextval('r1')")).isEqualTo("5|6");
        run("ALTER SEQUENCE r1 RESTART");
        assertThat(single("SELECT nextval('r1')")).isEqualTo("5");
        assertFailure("ALTER SEQUENCE r1 RESTART WITH 0", "22023", "RESTART value (0) cannot be less than MINVALUE (1)");
        run("ALTER SEQUENCE r1 RESTART WITH 100");
        assertThat(single("SELECT nextval('r1'), currval('r1')")).isEqualTo("100|100");
        run("ALTER SEQUENCE r1 INCREMENT 10");
        assertThat(single("SELECT nextval('r1')")).isEqualTo("110");
        assertFailure("ALTER SEQUENCE r1 MAXVALUE 50", "22023", "RESTART value (110) cannot be greater than MAXVALUE (50)");
        assertThat(single("SELECT nextval('r1')")).isEqualTo("120");
        run("ALTER SEQUENCE r1 MAXVALUE 125 CYCLE MINVALUE 3");
        assertThat(rows("SELECT nextval('r1') FROM generate_series(1, 2)")).containsExactly("3", "13");
        assertFailure("ALTER SEQUENCE nosuch RESTART", "42P01", "sequence \"nosuch\" does not exist");
        run("ALTER SEQUENCE IF EXISTS nosuch RESTART");
        // ALTER SEQUENCE is transactional (RESTART included), nextval is not.
        run("BEGIN; ALTER SEQUENCE r1 RESTART WITH 50; ROLLBACK");
        assertThat(single("SELECT nextval('r1')")).isEqualTo("23");
    }

    @Test
    void dropSequence() {
        run("CREATE SEQUENCE a1; CREATE SEQUENCE a2; CREATE TABLE t1 (a int)");
        assertFailure("DROP SEQUENCE t1", "42809", "\"t1\" is not a sequence");
        assertThat(failure("DROP SEQUENCE t1").hint()).contains("Use DROP TABLE to remove a table.");
        assertFailure("DROP SEQUENCE nosuch", "42P01", "sequence \"nosuch\" does not exist");
        run("DROP SEQUENCE IF EXISTS nosuch");
        run("DROP SEQUENCE a1, a2 CASCADE");
        assertFailure("SELECT nextval('a1')", "42P01", "relation \"a1\" does not exist");
        run("CREATE SEQUENCE o1 OWNED BY t1.a; DROP TABLE t1");
        assertFailure("SELECT nextval('o1')", "42P01", "relation \"o1\" does not exist");
        // A rolled-back DROP brings the sequence back, position included.
        run("CREATE SEQUENCE b1");
        assertThat(single("SELECT nextval('b1')")).isEqualTo("1");
        run("BEGIN; DROP SEQUENCE b1; ROLLBACK");
        assertThat(single("SELECT nextval('b1')")).isEqualTo("2");
    }

    @Test
    void nextvalIsNotTransactional() {
        run("CREATE SEQUENCE s1");
        run("BEGIN");
        assertThat(single("SELECT nextval('s1')")).isEqualTo("1");
        run("ROLLBACK");
        assertThat(single("SELECT nextval('s1'), currval('s1')")).isEqualTo("2|2");
        // A rolled-back CREATE SEQUENCE is gone.
        run("BEGIN; CREATE SEQUENCE s2; ROLLBACK");
        assertFailure("SELECT nextval('s2')", "42P01", "relation \"s2\" does not exist");
    }

    @Test
    void defaultNextvalInInsert() {
        run("CREATE SEQUENCE ids START 100 INCREMENT 10;"
                + "CREATE TABLE items (id bigint DEFAULT nextval('ids') PRIMARY KEY, name text)");
        run("INSERT INTO items (name) VALUES ('a'), ('b'); INSERT INTO items VALUES (DEFAULT, 'c')");
        assertThat(rows("SELECT id, name FROM items ORDER BY id")).containsExactly("100|a", "110|b", "120|c");
        assertThat(single("SELECT currval('ids')")).isEqualTo("120");
        assertThat(rows("INSERT INTO items (name) VALUES ('d') RETURNING id")).containsExactly("130");
    }

    @Test
    void sessionsHaveTheirOwnCurrvalAndNeverShareValues() throws Exception {
        run("CREATE SEQUENCE s1");
        Session other = database.openSession();
        assertThat(single("SELECT nextval('s1')")).isEqualTo("1");
        assertThat(render(other.execute("SELECT nextval('s1')", List.of()))).containsExactly("2");
        assertThat(single("SELECT currval('s1')")).isEqualTo("1");
        DoSqlException failure = null;
        Session third = database.openSession();
        try {
            third.execute("SELECT currval('s1')", List.of()).rows().next();
        } catch (DoSqlException expected) {
            failure = expected;
        }
        assertThat(failure).isNotNull();
        assertThat(failure.sqlState()).isEqualTo("55000");
        // Threads: every value handed out once.
        int threads = 4;
        int each = 200;
        java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> workers = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> error = new java.util.concurrent.atomic.AtomicReference<>();
        for (int index = 0; index < threads; index++) {
            Session worker = database.openSession();
            Thread thread = new Thread(() -> {
                try {
                    for (int call = 0; call < each; call++) {
                        RowCursor cursor = worker.execute("SELECT nextval('s1')", List.of()).rows();
                        cursor.next();
                        assertThat(seen.add(((Number) cursor.get(0)).longValue())).isTrue();
                    }
                } catch (Throwable failed) {
                    error.set(failed);
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        assertThat(error.get()).isNull();
        assertThat(seen).hasSize(threads * each);
    }

    /** A column default calling nextval depends on the sequence (PostgreSQL 15: 2BP01, CASCADE drops the default). */
    @Test
    void columnDefaultsDependOnTheirSequence() {
        run("CREATE SEQUENCE dsq; CREATE TABLE dst (id int DEFAULT nextval('dsq'), v text)");
        run("CREATE TABLE other (id int DEFAULT nextval('public.\"dsq\"'))");
        var refused = failure("DROP SEQUENCE dsq");
        assertThat(refused.sqlState()).isEqualTo("2BP01");
        assertThat(refused.getMessage()).isEqualTo("cannot drop sequence dsq because other objects depend on it");
        assertThat(refused.detail()).contains("default value for column id of table dst depends on sequence dsq\n"
                + "default value for column id of table other depends on sequence dsq");
        run("BEGIN; DROP SEQUENCE dsq CASCADE; ROLLBACK");
        assertThat(rows("INSERT INTO dst (v) VALUES ('a') RETURNING id")).containsExactly("1");
        run("DROP SEQUENCE dsq CASCADE");
        assertThat(rows("INSERT INTO dst (v) VALUES ('x') RETURNING id")).containsExactly("NULL");
    }
}
