package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static io.dosql.engine.durable.DurableTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A database opened on a directory keeps what was committed, and only that, across reopen. */
@Timeout(60)
class DurableDatabaseTest {
    @TempDir
    Path directory;

    @Test
    void everyValueTypeRoundTrips() {
        String query = "SELECT * FROM v ORDER BY id";
        List<String> before;
        try (Database database = Database.open(directory)) {
            run(database, """
                    CREATE TABLE v (id int PRIMARY KEY, s smallint, i integer, b bigint, r real, d double precision,
                      n numeric, t text, vc varchar(10), c char(3), bo boolean, by bytea, da date, ti time,
                      ts timestamp, tz timestamptz, iv interval, u uuid, j json, jb jsonb);
                    INSERT INTO v VALUES (1, -32768, -2147483648, -9223372036854775808, -1.5e38, -1e308,
                      -123456789012345678901234567890.000000001, '', 'x', 'ab', false, '\\x', '0001-01-01',
                      '00:00:00', '1900-01-01 00:00:00', '1970-01-01 00:00:00+00', '-1 year -2 days -00:00:01',
                      '00000000-0000-0000-0000-000000000000', '{"a": [1, 2]}', '{"b": {"c": null}}');
                    INSERT INTO v VALUES (2, 32767, 2147483647, 9223372036854775807, 'NaN', '-Infinity', 0.5,
                      'héllo wörld ✓ 𝄞', 'long text', 'xyz', true, '\\xdeadbeef00ff', '9999-12-31', '23:59:59.999999',
                      '2024-02-29 12:34:56.789012', '2024-02-29 12:34:56.789012+05:30', '1 mon 2 days 03:04:05.678',
                      'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '[]', '"x"');
                    INSERT INTO v (id) VALUES (3);
                    INSERT INTO v VALUES (4, 0, 0, 0, -0.0, 'Infinity', 1e-20, 'it''s', NULL, NULL, NULL, NULL,
                      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
                    """);
            before = rows(database, query);
        }
        assertThat(before).hasSize(4);
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, query)).isEqualTo(before);
        }
    }

    @Test
    void ddlThenDmlReopensToIdenticalResults() {
        String setup = """
                CREATE SCHEMA app;
                CREATE TABLE app.customers (id serial PRIMARY KEY, name text NOT NULL UNIQUE, city text);
                CREATE TABLE orders (id int PRIMARY KEY, customer int REFERENCES app.customers(id), total numeric(10,2),
                  note text DEFAULT 'none', CHECK (total >= 0));
                CREATE INDEX orders_total ON orders (total);
                INSERT INTO app.customers (name, city) VALUES ('ann', 'Oslo'), ('bob', 'Rome'), ('cy', 'Oslo');
                INSERT INTO orders (id, customer, total) VALUES (1, 1, 10), (2, 1, 20.5), (3, 2, 7), (4, 3, 99.99);
                ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';
                ALTER TABLE orders RENAME COLUMN note TO remark;
                ALTER TABLE orders DROP COLUMN remark;
                ALTER TABLE app.customers RENAME TO clients;
                UPDATE orders SET status = 'paid' WHERE total > 9;
                DELETE FROM orders WHERE id = 3;
                CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 15;
                CREATE TABLE audit (what text, at_id int);
                CREATE TRIGGER orders_audit AFTER INSERT ON orders BEGIN INSERT INTO audit VALUES ('insert', NEW.id); END;
                INSERT INTO orders (id, customer, total) VALUES (5, 2, 1);
                CREATE TABLE scratch (x int);
                INSERT INTO scratch VALUES (1), (2);
                TRUNCATE scratch;
                INSERT INTO scratch VALUES (3);
                MERGE INTO scratch USING (VALUES (3), (4)) AS src(x) ON scratch.x = src.x
                  WHEN MATCHED THEN UPDATE SET x = scratch.x * 10 WHEN NOT MATCHED THEN INSERT VALUES (src.x);
                CREATE TABLE doomed (x int);
                INSERT INTO doomed VALUES (1);
                DROP TABLE doomed;
                CREATE TABLE summary AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
                SET search_path = app, public;
                INSERT INTO clients (name, city) VALUES ('dee', 'Paris');
                CREATE TABLE in_app (k int);
                INSERT INTO in_app VALUES (42);
                """;
        List<String> queries = List.of(
                "SELECT * FROM app.clients ORDER BY id",
                "SELECT * FROM orders ORDER BY id",
                "SELECT * FROM big_orders ORDER BY id",
                "SELECT * FROM audit",
                "SELECT * FROM scratch ORDER BY x DESC",
                "SELECT * FROM summary ORDER BY customer",
                "SELECT * FROM app.in_app",
                "SELECT id FROM orders WHERE total = 20.5");
        List<List<String>> before;
        io.dosql.engine.CatalogSnapshot catalogBefore;
        try (Database database = Database.open(directory)) {
            try (Session session = database.openSession()) {
                session.executeScript(setup);
            }
            before = queries.stream().map(query -> rows(database, query)).collect(Collectors.toList());
            try (Session session = database.openSession()) {
                catalogBefore = session.catalog();
            }
        }
        assertThat(before.get(1)).hasSize(4);
        assertThat(before.get(3)).containsExactly("insert|5");
        assertThat(before.get(4)).containsExactly("30", "4");
        try (Database database = Database.open(directory)) {
            List<List<String>> after = queries.stream().map(query -> rows(database, query)).collect(Collectors.toList());
            assertThat(after).isEqualTo(before);
            try (Session session = database.openSession()) {
                assertThat(session.catalog()).isEqualTo(catalogBefore);
            }
            // Constraints and indexes came back too.
            assertThatThrownBy(() -> run(database, "INSERT INTO app.clients (name) VALUES ('ann')"))
                    .isInstanceOf(DoSqlException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(database, "INSERT INTO orders (id, customer, total) VALUES (9, 77, 1)"))
                    .isInstanceOf(DoSqlException.class).hasMessageContaining("foreign key");
            assertThatThrownBy(() -> run(database, "SELECT * FROM doomed")).isInstanceOf(DoSqlException.class);
            run(database, "INSERT INTO orders (id, customer, total) VALUES (6, 1, 2)");
            assertThat(rows(database, "SELECT count(*) FROM audit")).containsExactly("2");
        }
    }

    @Test
    void rollbackAndRollbackToSavepointAreNotPersisted() {
        try (Database database = Database.open(directory)) {
            run(database, "CREATE TABLE t (id int PRIMARY KEY, v text)");
            try (Session session = database.openSession()) {
                session.executeScript("BEGIN; INSERT INTO t VALUES (1, 'rolled back'); ROLLBACK");
                session.executeScript("""
                        BEGIN;
                        INSERT INTO t VALUES (2, 'kept');
                        SAVEPOINT a;
                        INSERT INTO t VALUES (3, 'undone');
                        UPDATE t SET v = 'changed then undone' WHERE id = 2;
                        CREATE TABLE undone_table (x int);
                        ALTER TABLE t ADD COLUMN extra int DEFAULT 5;
                        ROLLBACK TO SAVEPOINT a;
                        INSERT INTO t VALUES (4, 'after savepoint');
                        SAVEPOINT b;
                        DELETE FROM t WHERE id = 2;
                        ROLLBACK TO b;
                        COMMIT;
                        """);
            }
        }
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT * FROM t ORDER BY id")).containsExactly("2|kept", "4|after savepoint");
            assertThatThrownBy(() -> run(database, "SELECT * FROM undone_table")).isInstanceOf(DoSqlException.class);
        }
    }

    @Test
    void failedStatementMidTransactionLeavesNoTrace() {
        try (Database database = Database.open(directory)) {
            run(database, "CREATE TABLE t (id int PRIMARY KEY)");
            try (Session session = database.openSession()) {
                session.executeScript("BEGIN; INSERT INTO t VALUES (1), (2)");
                assertThatThrownBy(() -> session.executeScript("INSERT INTO t VALUES (3), (1)"))
                        .isInstanceOf(DoSqlException.class);
                session.executeScript("ROLLBACK");
                session.executeScript("BEGIN; INSERT INTO t VALUES (10); SAVEPOINT s");
                assertThatThrownBy(() -> session.executeScript("INSERT INTO t VALUES (11), (10)"))
                        .isInstanceOf(DoSqlException.class);
                session.executeScript("ROLLBACK TO s; INSERT INTO t VALUES (12); COMMIT");
            }
            // Autocommit statements that fail halfway.
            assertThatThrownBy(() -> run(database, "INSERT INTO t VALUES (20), (21), (10)"))
                    .isInstanceOf(DoSqlException.class);
            assertThatThrownBy(() -> run(database, "CREATE TABLE t2 AS SELECT 1 / (id - 12) FROM t"))
                    .isInstanceOf(DoSqlException.class);
            assertThat(rows(database, "SELECT id FROM t ORDER BY id")).containsExactly("10", "12");
        }
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT id FROM t ORDER BY id")).containsExactly("10", "12");
            assertThatThrownBy(() -> run(database, "SELECT * FROM t2")).isInstanceOf(DoSqlException.class);
        }
    }

    @Test
    void identityValuesAreNeverHandedOutTwice() {
        try (Database database = Database.open(directory)) {
            run(database, """
                    CREATE TABLE s (id serial PRIMARY KEY, v text);
                    CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, v text);
                    INSERT INTO s (v) VALUES ('a'), ('b'), ('c');
                    INSERT INTO g (v) VALUES ('a');
                    DELETE FROM s WHERE id = 3;
                    """);
            try (Session session = database.openSession()) {
                // Values taken by a rolled-back transaction are not reused either (as with sequences).
                session.executeScript("BEGIN; INSERT INTO s (v) VALUES ('gone'); ROLLBACK");
            }
            run(database, "INSERT INTO g (v) VALUES ('b')");
        }
        try (Database database = Database.open(directory)) {
            run(database, "INSERT INTO s (v) VALUES ('after'); INSERT INTO g (v) VALUES ('after')");
            assertThat(rows(database, "SELECT id, v FROM s ORDER BY id")).containsExactly("1|a", "2|b", "5|after");
            assertThat(rows(database, "SELECT id, v FROM g ORDER BY id")).containsExactly("1|a", "2|b", "3|after");
        }
        try (Database database = Database.open(directory)) {
            run(database, "INSERT INTO s (v) VALUES ('again')");
            assertThat(rows(database, "SELECT max(id) FROM s")).containsExactly("6");
        }
    }

    @Test
    void synchronousCommitOffStillCommits() throws Exception {
        try (Database database = Database.open(directory)) {
            try (Session session = database.openSession()) {
                assertThat(rows(session, "SHOW synchronous_commit")).containsExactly("on");
                session.executeScript("SET synchronous_commit = off");
                assertThat(rows(session, "SHOW synchronous_commit")).containsExactly("off");
                session.executeScript("CREATE TABLE t (x int); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)");
                assertThatThrownBy(() -> session.executeScript("SET synchronous_commit = sometimes"))
                        .isInstanceOf(DoSqlException.class)
                        .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("22023"));
            }
        }
        try (Database database = Database.open(directory, DurableOptions.defaults().withSynchronousCommit(false))) {
            try (Session session = database.openSession()) {
                assertThat(rows(session, "SHOW synchronous_commit")).containsExactly("off");
                assertThat(rows(session, "SELECT x FROM t ORDER BY x")).containsExactly("1", "2");
                // RESET returns to the database's default, not to the built-in one
                session.executeScript("SET synchronous_commit = on");
                session.executeScript("RESET synchronous_commit");
                assertThat(rows(session, "SHOW synchronous_commit")).containsExactly("off");
            }
        }
    }

    @Test
    void secondOpenOfTheSameDirectoryIsRefused() {
        try (Database database = Database.open(directory)) {
            assertThatThrownBy(() -> Database.open(directory))
                    .isInstanceOf(DoSqlException.class)
                    .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("55006"))
                    .hasMessageContaining(directory.toAbsolutePath().toString());
            run(database, "CREATE TABLE still_works (x int)");
        }
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT count(*) FROM still_works")).containsExactly("0");
        }
    }

    @Test
    void tenMegabyteTextRoundTrips() {
        String big = IntStream.range(0, 10 * 1024 * 1024 / 16).mapToObj(i -> String.format("%015d;", i))
                .collect(Collectors.joining());
        try (Database database = Database.open(directory)) {
            run(database, "CREATE TABLE blob (id int, body text)");
            try (Session session = database.openSession()) {
                session.execute("INSERT INTO blob VALUES (1, $1)", List.of(big));
            }
        }
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT length(body), md5(body) = md5($$" + big.substring(0, 10) + "$$) FROM blob"))
                    .containsExactly(big.length() + "|false");
            try (Session session = database.openSession()) {
                var result = session.execute("SELECT body FROM blob", List.of());
                var cursor = result.rows();
                assertThat(cursor.next()).isTrue();
                assertThat(cursor.get(0)).isEqualTo(big);
            }
        }
    }

    @Test
    void ddlWithParametersReplaysWithTheSameValues() {
        try (Database database = Database.open(directory); Session session = database.openSession()) {
            session.execute("CREATE TABLE p AS SELECT $1::int AS n, $2::text AS t", List.of(7, "seven"));
            session.execute("INSERT INTO p SELECT n + $1, t || $2 FROM p", List.of(1, "+1"));
        }
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT * FROM p ORDER BY n")).containsExactly("7|seven", "8|seven+1");
        }
    }

    @Test
    void commentsSurviveReopen() {
        try (Database database = Database.open(directory); Session session = database.openSession()) {
            session.executeScript("CREATE TABLE t (a int); COMMENT ON TABLE t IS 'kept'; COMMENT ON COLUMN t.a IS 'col'");
        }
        try (Database database = Database.open(directory); Session session = database.openSession()) {
            var table = session.catalog().tables().get(0);
            assertThat(table.remarks()).isEqualTo("kept");
            assertThat(table.columns().get(0).remarks()).isEqualTo("col");
        }
    }

    @Test
    void truncateRestartIdentityIsReplayed() {
        try (Database database = Database.open(directory); Session session = database.openSession()) {
            session.executeScript("CREATE TABLE t (id serial PRIMARY KEY, v text); INSERT INTO t (v) VALUES ('a'), ('b');"
                    + "TRUNCATE t RESTART IDENTITY; INSERT INTO t (v) VALUES ('c')");
        }
        try (Database database = Database.open(directory)) {
            run(database, "INSERT INTO t (v) VALUES ('d')");
            assertThat(rows(database, "SELECT id, v FROM t ORDER BY id")).containsExactly("1|c", "2|d");
        }
    }

    @Test
    void viewsKeepTheirCreationSearchPathAcrossReopen() {
        try (Database database = Database.open(directory); Session session = database.openSession()) {
            session.executeScript("CREATE SCHEMA s1; CREATE TABLE s1.t (v text); INSERT INTO s1.t VALUES ('one');"
                    + "CREATE TABLE t (v text); INSERT INTO t VALUES ('public');"
                    + "SET search_path = s1, public; CREATE VIEW public.vt AS SELECT v FROM t");
        }
        try (Database database = Database.open(directory)) {
            // a checkpointed and a replayed catalog alike resolve the view's t to s1.t
            assertThat(rows(database, "SELECT * FROM vt")).containsExactly("one");
        }
    }

    @Test
    void indexKeyTooLargeFailsTheStatementCleanly() {
        String tooLong = "k".repeat(3000);
        try (Database database = Database.open(directory); Session session = database.openSession()) {
            session.executeScript("CREATE TABLE t (id int PRIMARY KEY, a text, b text); CREATE INDEX t_b ON t (b);"
                    + "INSERT INTO t VALUES (1, 'a', 'b')");
            assertThatThrownBy(() -> session.execute("INSERT INTO t VALUES (2, 'x', $1)", List.of(tooLong)))
                    .isInstanceOf(DoSqlException.class)
                    .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("54000"));
            assertThatThrownBy(() -> session.execute("UPDATE t SET b = $1 WHERE id = 1", List.of(tooLong)))
                    .isInstanceOf(DoSqlException.class)
                    .satisfies(error -> assertThat(((DoSqlException) error).sqlState()).isEqualTo("54000"));
            assertThat(rows(session, "SELECT * FROM t")).containsExactly("1|a|b");
            assertThat(rows(session, "SELECT id FROM t WHERE b = 'b'")).containsExactly("1");
            assertThat(rows(session, "SELECT count(*) FROM t WHERE id = 2")).containsExactly("0");
            session.execute("INSERT INTO t VALUES (2, $1, 'c')", List.of(tooLong));
        }
        try (Database database = Database.open(directory)) {
            assertThat(rows(database, "SELECT id, length(a), b FROM t ORDER BY id")).containsExactly("1|1|b", "2|3000|c");
        }
    }

    @Test
    void directoryHoldsTheLog() throws Exception {
        try (Database database = Database.open(directory.resolve("nested/db"))) {
            run(database, "CREATE TABLE t (x int); INSERT INTO t VALUES (1)");
        }
        try (var files = Files.list(directory.resolve("nested/db"))) {
            assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("wal-"));
        }
    }
}
