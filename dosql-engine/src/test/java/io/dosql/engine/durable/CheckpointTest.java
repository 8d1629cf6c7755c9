package io.dosql.engine.durable;

import static io.dosql.engine.durable.DurableTestSupport.rows;
import static io.dosql.engine.durable.DurableTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.engine.CatalogSnapshot;
import io.dosql.engine.Database;
import io.dosql.engine.DurableOptions;
import io.dosql.engine.Session;
import io.dosql.fsx.fault.FaultInjectingBackend;
import io.dosql.fsx.local.LocalFileBackend;
import io.dosql.wal.WalReader;
import io.dosql.wal.WalRecordType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Tables in B+trees with a small buffer pool, checkpoints, and recovery from checkpoint plus log. */
@Timeout(300)
class CheckpointTest {
    @TempDir
    Path directory;

    private static final DurableOptions SMALL = DurableOptions.defaults()
            .withBufferPoolBytes(1L << 20).withCheckpointWalBytes(256L << 10);

    private static void insertRows(Session session, int from, int count, String filler) {
        session.executeScript("BEGIN");
        var insert = session.prepare("INSERT INTO big VALUES ($1, $2, $3)", io.dosql.engine.GeneratedKeys.NONE);
        for (int id = from; id < from + count; id++) {
            insert.execute(List.of(id, "k" + (id % 997), filler + id));
        }
        session.executeScript("COMMIT");
    }

    @Test
    void databaseMuchLargerThanThePoolWorksAndReopens() throws Exception {
        String filler = "x".repeat(1000);
        int total = 22_000;
        try (Database database = Database.open(directory, SMALL)) {
            run(database, "CREATE TABLE big (id int PRIMARY KEY, k text, body text); CREATE INDEX big_k ON big (k)");
            try (Session session = database.openSession()) {
                for (int from = 0; from < total; from += 500) {
                    insertRows(session, from, 500, filler);
                }
                session.executeScript("UPDATE big SET k = 'updated' WHERE id % 1000 = 0; DELETE FROM big WHERE id % 1000 = 1");
            }
            assertThat(rows(database, "SELECT count(*), sum(length(body)) > 20000000 FROM big"))
                    .containsExactly((total - 22) + "|true");
        }
        assertThat(Files.size(directory.resolve("data"))).isGreaterThan(20L << 20);
        try (Database database = Database.open(directory, SMALL)) {
            assertThat(rows(database, "SELECT count(*), sum(length(body)) > 20000000, min(id), max(id) FROM big"))
                    .containsExactly((total - 22) + "|true|0|" + (total - 1));
            assertThat(rows(database, "SELECT count(*) FROM big WHERE k = 'updated'")).containsExactly("22");
            assertThat(rows(database, "SELECT id FROM big WHERE k = 'k5' ORDER BY id LIMIT 3"))
                    .containsExactly("5", "1002", "1999");
            assertThat(rows(database, "SELECT substr(body, 1000) FROM big WHERE id = 12345")).containsExactly("x12345");
            assertThat(rows(database, "SELECT count(*) FROM big WHERE id BETWEEN 100 AND 199")).containsExactly("100");
        }
    }

    @Test
    void checkpointThenMoreCommitsThenCrashRecoversEverythingCommitted() {
        FaultInjectingBackend backend = new FaultInjectingBackend(LocalFileBackend.open(directory, DurableStorage.PAGE_SIZE));
        Database database = Database.open(backend, SMALL);
        CatalogSnapshot catalogBefore;
        List<String> before;
        try (Session session = database.openSession()) {
            session.executeScript("""
                    CREATE SCHEMA s;
                    CREATE TABLE s.a (id serial PRIMARY KEY, v text UNIQUE);
                    CREATE TABLE b (id int, note text);
                    CREATE TABLE gone (x int);
                    INSERT INTO gone VALUES (1);
                    DROP TABLE gone;
                    CREATE TABLE trunc (x int);
                    INSERT INTO trunc VALUES (1), (2);
                    TRUNCATE trunc;
                    INSERT INTO trunc VALUES (3);
                    ALTER TABLE b RENAME TO bee;
                    ALTER TABLE bee ADD COLUMN extra int DEFAULT 7;
                    CREATE VIEW vee AS SELECT id, extra FROM bee;
                    """);
            // Enough log to pass the checkpoint threshold several times.
            String filler = "y".repeat(200);
            for (int batch = 0; batch < 20; batch++) {
                StringBuilder sql = new StringBuilder("INSERT INTO s.a (v) VALUES ");
                for (int row = 0; row < 100; row++) {
                    sql.append(row == 0 ? "" : ", ").append("('").append(filler).append(batch * 100 + row).append("')");
                }
                session.executeScript(sql.toString());
                session.executeScript("INSERT INTO bee (id, note) VALUES (" + batch + ", 'batch " + batch + "')");
            }
            assertThat(backend.base().exists("data")).isTrue();
            assertThat(checkpointRecords(backend)).isGreaterThanOrEqualTo(2);
            // After the last checkpoint: DDL, DML, a rolled-back transaction and an unfinished one.
            session.executeScript("""
                    ALTER TABLE bee DROP COLUMN note;
                    CREATE INDEX bee_id ON bee (id);
                    DELETE FROM s.a WHERE id % 10 = 0;
                    UPDATE bee SET extra = id * 2 WHERE id < 5;
                    INSERT INTO trunc VALUES (4);
                    BEGIN; INSERT INTO trunc VALUES (99); ROLLBACK;
                    """);
            catalogBefore = session.catalog();
            before = List.of(rows(session, "SELECT count(*), max(id), min(v) FROM s.a").get(0),
                    String.join(",", rows(session, "SELECT * FROM bee ORDER BY id")),
                    String.join(",", rows(session, "SELECT * FROM trunc ORDER BY x")),
                    String.join(",", rows(session, "SELECT * FROM vee ORDER BY id")));
        }
        Session unfinished = database.openSession();
        unfinished.executeScript("BEGIN; INSERT INTO trunc VALUES (100); DELETE FROM bee");
        backend.crash();
        database.close();

        try (Database reopened = Database.open(directory, SMALL); Session session = reopened.openSession()) {
            List<String> after = List.of(rows(session, "SELECT count(*), max(id), min(v) FROM s.a").get(0),
                    String.join(",", rows(session, "SELECT * FROM bee ORDER BY id")),
                    String.join(",", rows(session, "SELECT * FROM trunc ORDER BY x")),
                    String.join(",", rows(session, "SELECT * FROM vee ORDER BY id")));
            assertThat(after).isEqualTo(before);
            assertThat(session.catalog()).isEqualTo(catalogBefore);
            assertThat(rows(session, "SELECT x FROM trunc ORDER BY x")).containsExactly("3", "4");
            session.executeScript("INSERT INTO s.a (v) VALUES ('new')");
            assertThat(rows(session, "SELECT id FROM s.a WHERE v = 'new'")).containsExactly("2001");
            assertThatThrownBy(() -> rows(session, "SELECT * FROM gone")).hasMessageContaining("gone");
        }
    }

    @Test
    void everyKindOfDdlSurvivesCheckpointAndLog() {
        String[] scripts = {"""
                CREATE SCHEMA inv;
                SET search_path = inv, public;
                CREATE TABLE items (id int PRIMARY KEY, name text, price numeric(8,2) DEFAULT 1, qty int);
                CREATE TABLE tags (item int REFERENCES items(id) ON DELETE CASCADE, tag text);
                CREATE UNIQUE INDEX items_name ON items (name);
                CREATE INDEX tags_tag ON tags (tag);
                INSERT INTO items VALUES (1, 'pen', 2.5, 10), (2, 'ink', 7, 3), (3, 'pad', DEFAULT, 0);
                INSERT INTO tags VALUES (1, 'office'), (2, 'office'), (3, 'paper');
                CREATE VIEW cheap AS SELECT name FROM inv.items WHERE price < 5;
                CREATE TABLE log (msg text);
                CREATE TRIGGER items_log AFTER UPDATE ON inv.items BEGIN INSERT INTO inv.log VALUES ('upd ' || NEW.name); END;
                ALTER TABLE items ADD CONSTRAINT qty_ok CHECK (qty >= 0);
                ALTER TABLE items ALTER COLUMN qty SET DEFAULT 5;
                ALTER TABLE items ALTER COLUMN name SET NOT NULL;
                CREATE TABLE temp_stuff (x int);
                """, """
                SET search_path = inv, public;
                UPDATE items SET qty = qty + 1 WHERE id = 1;
                DROP INDEX tags_tag;
                DROP VIEW cheap;
                CREATE VIEW cheap AS SELECT name, price FROM inv.items WHERE price < 3;
                DROP TRIGGER inv.items_log;
                UPDATE items SET qty = 0 WHERE id = 2;
                ALTER TABLE items DROP CONSTRAINT qty_ok;
                ALTER TABLE items ALTER COLUMN qty DROP DEFAULT;
                ALTER TABLE items RENAME COLUMN qty TO quantity;
                ALTER TABLE tags RENAME TO labels;
                DELETE FROM items WHERE id = 3;
                DROP TABLE temp_stuff;
                CREATE SCHEMA scratch;
                CREATE TABLE scratch.t (a int);
                DROP SCHEMA scratch CASCADE;
                INSERT INTO items (id, name, price) VALUES (4, 'clip', 0.1);
                """};
        List<String> queries = List.of("SELECT * FROM inv.items ORDER BY id", "SELECT * FROM inv.labels ORDER BY item, tag",
                "SELECT * FROM inv.cheap ORDER BY name", "SELECT * FROM inv.log ORDER BY msg");
        // First script, then a clean close (checkpoint); second script, then a crash (log only).
        try (Database database = Database.open(directory, SMALL)) {
            run(database, scripts[0]);
        }
        FaultInjectingBackend backend = new FaultInjectingBackend(LocalFileBackend.open(directory, DurableStorage.PAGE_SIZE));
        Database database = Database.open(backend, SMALL);
        run(database, scripts[1]);
        CatalogSnapshot catalogBefore;
        List<List<String>> before;
        try (Session session = database.openSession()) {
            catalogBefore = session.catalog();
            before = queries.stream().map(query -> rows(session, query)).toList();
        }
        backend.crash();
        database.close();
        assertThat(before.get(0)).containsExactly("1|pen|2.50|11", "2|ink|7.00|0", "4|clip|0.10|NULL");
        assertThat(before.get(3)).containsExactly("upd pen");
        for (int reopen = 0; reopen < 2; reopen++) {
            try (Database reopened = Database.open(directory, SMALL); Session session = reopened.openSession()) {
                assertThat(queries.stream().map(query -> rows(session, query)).toList()).isEqualTo(before);
                assertThat(session.catalog()).isEqualTo(catalogBefore);
                assertThatThrownBy(() -> session.executeScript("INSERT INTO inv.items (id, name) VALUES (9, 'pen')"))
                        .hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> session.executeScript("INSERT INTO inv.items (id) VALUES (10)"))
                        .hasMessageContaining("null value");
                session.executeScript("DELETE FROM inv.items WHERE id = 1; UPDATE inv.items SET quantity = -1 WHERE id = 2");
                assertThat(rows(session, "SELECT count(*) FROM inv.labels")).containsExactly("1");
                session.executeScript("INSERT INTO inv.items VALUES (1, 'pen', 2.5, 11); UPDATE inv.items SET quantity = 0 WHERE id = 2;"
                        + "INSERT INTO inv.labels VALUES (1, 'office')");
            }
        }
    }

    /** Checkpoint records in the log (read without changing it). */
    private static long checkpointRecords(io.dosql.fsx.StorageBackend backend) {
        long count = 0;
        WalReader reader = WalReader.open(backend);
        while (reader.hasNext()) {
            if (reader.next().type() == WalRecordType.CHECKPOINT) {
                count++;
            }
        }
        return count;
    }

    @Test
    void cleanCloseCheckpointsAndReopenIsRepeatable() {
        for (int round = 0; round < 3; round++) {
            try (Database database = Database.open(directory, SMALL)) {
                if (round == 0) {
                    run(database, "CREATE TABLE t (id serial PRIMARY KEY, round int)");
                }
                run(database, "INSERT INTO t (round) VALUES (" + round + "), (" + round + ")");
            }
        }
        try (Database database = Database.open(directory, SMALL)) {
            assertThat(rows(database, "SELECT id, round FROM t ORDER BY id"))
                    .containsExactly("1|0", "2|0", "3|1", "4|1", "5|2", "6|2");
        }
    }
}
