package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConstraintTest extends SqlTestSupport {
    @BeforeEach
    void schema() {
        run("CREATE TABLE parent (id INT PRIMARY KEY, code VARCHAR(5) UNIQUE, qty INT CHECK (qty >= 0) DEFAULT 0)");
        run("CREATE TABLE child (id SERIAL PRIMARY KEY, parent_id INT REFERENCES parent(id) ON DELETE CASCADE, note TEXT NOT NULL)");
        run("INSERT INTO parent (id, code) VALUES (1, 'a'), (2, 'b')");
    }

    @Test
    void primaryKeyAndUniqueViolations() {
        assertThat(failure("INSERT INTO parent VALUES (1, 'z', 1)").sqlState()).isEqualTo("23505");
        var duplicate = failure("INSERT INTO parent VALUES (3, 'a', 1)");
        assertThat(duplicate.sqlState()).isEqualTo("23505");
        assertThat(duplicate.getMessage()).isEqualTo("duplicate key value violates unique constraint \"parent_code_key\"");
        assertThat(duplicate.detail()).contains("Key (code)=(a) already exists.");
        assertThat(failure("UPDATE parent SET id = 2 WHERE id = 1").sqlState()).isEqualTo("23505");
    }

    @Test
    void notNullCheckAndLength() {
        assertThat(failure("INSERT INTO parent VALUES (NULL, 'q', 1)").sqlState()).isEqualTo("23502");
        assertThat(failure("INSERT INTO parent VALUES (5, 'q', -1)").sqlState()).isEqualTo("23514");
        assertThat(failure("INSERT INTO parent VALUES (5, 'toolong', 1)").sqlState()).isEqualTo("22001");
        assertThat(failure("INSERT INTO child (parent_id) VALUES (1)").sqlState()).isEqualTo("23502");
        assertThat(single("SELECT qty FROM parent WHERE id = 1")).isEqualTo("0");
    }

    @Test
    void foreignKeysAndCascade() {
        assertThat(failure("INSERT INTO child (parent_id, note) VALUES (9, 'x')").sqlState()).isEqualTo("23503");
        run("INSERT INTO child (parent_id, note) VALUES (1, 'x'), (1, 'y'), (2, 'z')");
        assertThat(rows("SELECT id, note FROM child ORDER BY id")).containsExactly("2|x", "3|y", "4|z"); // the failed insert consumed id 1, as in PostgreSQL
        run("DELETE FROM parent WHERE id = 1");
        assertThat(rows("SELECT note FROM child")).containsExactly("z");
        run("CREATE TABLE strict_child (p INT REFERENCES parent)");
        run("INSERT INTO strict_child VALUES (2)");
        assertThat(failure("DELETE FROM parent WHERE id = 2").sqlState()).isEqualTo("23503");
    }

    @Test
    void setDefaultActionsStoreTheColumnDefault() {
        // Every answer and error below was checked against PostgreSQL 15.
        run("INSERT INTO parent (id, code) VALUES (0, 'z')");
        run("CREATE TABLE ref (id INT PRIMARY KEY, parent_id INT DEFAULT 0 REFERENCES parent ON DELETE SET DEFAULT"
                + " ON UPDATE SET DEFAULT, other INT REFERENCES parent ON DELETE SET DEFAULT, note TEXT DEFAULT 'x')");
        run("INSERT INTO ref VALUES (10, 1, NULL), (11, 2, NULL), (12, NULL, 2)");
        run("DELETE FROM parent WHERE id = 1");
        assertThat(rows("SELECT id, parent_id, other, note FROM ref ORDER BY id"))
                .containsExactly("10|0|NULL|x", "11|2|NULL|x", "12|NULL|2|x");
        // other is NO ACTION on update
        var blocked = failure("UPDATE parent SET id = 5 WHERE id = 2");
        assertThat(blocked.sqlState()).isEqualTo("23503");
        assertThat(blocked.detail()).contains("Key (id)=(2) is still referenced from table \"ref\".");
        run("DELETE FROM ref WHERE id = 12");
        run("UPDATE parent SET id = 5 WHERE id = 2");
        assertThat(rows("SELECT id, parent_id FROM ref ORDER BY id")).containsExactly("10|0", "11|0");
        // A default equal to the key being deleted would dangle: refused
        var stillReferenced = failure("DELETE FROM parent WHERE id = 0");
        assertThat(stillReferenced.sqlState()).isEqualTo("23503");
        assertThat(stillReferenced.detail()).contains("Key (id)=(0) is still referenced from table \"ref\".");
        assertThat(rows("SELECT id FROM parent ORDER BY id")).containsExactly("0", "5");
        // A default naming no parent row fails the child's own check
        run("CREATE TABLE ref2 (id INT PRIMARY KEY, parent_id INT DEFAULT 99 REFERENCES parent ON DELETE SET DEFAULT)");
        run("INSERT INTO ref2 VALUES (1, 5)");
        var missing = failure("DELETE FROM parent WHERE id = 5");
        assertThat(missing.sqlState()).isEqualTo("23503");
        assertThat(missing.detail()).contains("Key (parent_id)=(99) is not present in table \"parent\".");
        // Without a default, SET DEFAULT stores NULL
        run("DROP TABLE ref2");
        run("CREATE TABLE ref3 (id INT PRIMARY KEY, parent_id INT REFERENCES parent ON DELETE SET DEFAULT)");
        run("INSERT INTO ref3 VALUES (1, 5)");
        run("DELETE FROM parent WHERE id = 5");
        assertThat(rows("SELECT id, parent_id FROM ref3")).containsExactly("1|NULL");
    }

    @Test
    void notNullIsCheckedAgainstExistingRowsAndAlterColumnRollsBack() {
        // Answers checked against PostgreSQL 15.
        run("CREATE TABLE ac (a int, b int DEFAULT 1)");
        run("BEGIN; ALTER TABLE ac ALTER COLUMN a SET NOT NULL; ALTER TABLE ac ALTER COLUMN b SET DEFAULT 7; ROLLBACK");
        run("INSERT INTO ac (a) VALUES (NULL)");
        assertThat(rows("SELECT a, b FROM ac")).containsExactly("NULL|1");
        var primaryKey = failure("ALTER TABLE ac ADD PRIMARY KEY (a)");
        assertThat(primaryKey.sqlState()).isEqualTo("23502");
        assertThat(primaryKey.getMessage()).isEqualTo("column \"a\" of relation \"ac\" contains null values");
        assertThat(failure("ALTER TABLE ac ALTER COLUMN a SET NOT NULL").sqlState()).isEqualTo("23502");
        run("BEGIN; ALTER TABLE ac ALTER COLUMN b SET NOT NULL; ALTER TABLE ac ALTER COLUMN b DROP DEFAULT; ROLLBACK");
        run("INSERT INTO ac (a) VALUES (5)");
        run("INSERT INTO ac (a, b) VALUES (6, NULL)");
        assertThat(rows("SELECT a, b FROM ac ORDER BY a")).containsExactly("5|1", "6|NULL", "NULL|1");
        // a rolled-back primary key leaves its column nullable again
        run("DELETE FROM ac WHERE a IS NULL");
        run("BEGIN; ALTER TABLE ac ADD PRIMARY KEY (a); ROLLBACK");
        run("INSERT INTO ac VALUES (NULL, 2)");
        assertThat(single("SELECT count(*) FROM ac WHERE a IS NULL")).isEqualTo("1");
    }

    @Test
    void addedConstraintsCheckExistingRowsAndRollBack() {
        // Answers checked against PostgreSQL 15.
        run("CREATE TABLE p (id int PRIMARY KEY, v int); CREATE TABLE c (id int, pid int REFERENCES p);"
                + "INSERT INTO p VALUES (1, 10); INSERT INTO c VALUES (1, 1), (2, NULL)");
        var check = failure("ALTER TABLE p ADD CONSTRAINT big CHECK (v > 100)");
        assertThat(check.sqlState()).isEqualTo("23514");
        assertThat(check.getMessage()).isEqualTo("check constraint \"big\" of relation \"p\" is violated by some row");
        run("CREATE TABLE d (id int, pid int); INSERT INTO d VALUES (1, 99)");
        var foreignKey = failure("ALTER TABLE d ADD CONSTRAINT d_fk FOREIGN KEY (pid) REFERENCES p");
        assertThat(foreignKey.sqlState()).isEqualTo("23503");
        assertThat(foreignKey.detail()).contains("Key (pid)=(99) is not present in table \"p\".");
        var dependent = failure("ALTER TABLE p DROP CONSTRAINT p_pkey");
        assertThat(dependent.sqlState()).isEqualTo("2BP01");
        assertThat(dependent.detail()).contains("constraint c_pid_fkey on table c depends on index p_pkey");
        // rolled-back ADD/DROP CONSTRAINT leave the table as it was
        run("BEGIN; ALTER TABLE p ADD CONSTRAINT v_pos CHECK (v > 0); ROLLBACK");
        run("INSERT INTO p VALUES (2, -1)");
        run("DELETE FROM d; BEGIN; ALTER TABLE d ADD CONSTRAINT d_fk FOREIGN KEY (pid) REFERENCES p; ROLLBACK");
        run("INSERT INTO d VALUES (1, 99)");
        run("ALTER TABLE p ADD CONSTRAINT v_big CHECK (v > -10)");
        run("BEGIN; ALTER TABLE p DROP CONSTRAINT v_big; ROLLBACK");
        assertThat(failure("INSERT INTO p VALUES (3, -20)").getMessage()).contains("\"v_big\"");
        run("DROP TABLE c; BEGIN; ALTER TABLE p DROP CONSTRAINT p_pkey; ROLLBACK");
        assertThat(failure("INSERT INTO p VALUES (1, 1)").sqlState()).isEqualTo("23505");
    }

    @Test
    void onConflictDoUpdateChangesARowOncePerCommand() {
        // Answers checked against PostgreSQL 15.
        run("CREATE TABLE inv (sku text PRIMARY KEY, qty int)");
        var twice = failure("INSERT INTO inv VALUES ('f', 1), ('f', 2) ON CONFLICT (sku) DO UPDATE SET qty = 9");
        assertThat(twice.sqlState()).isEqualTo("21000");
        assertThat(twice.getMessage()).isEqualTo("ON CONFLICT DO UPDATE command cannot affect row a second time");
        assertThat(single("SELECT count(*) FROM inv")).isEqualTo("0");
        run("INSERT INTO inv VALUES ('e', 1), ('e', 2) ON CONFLICT (sku) DO NOTHING");
        run("INSERT INTO inv VALUES ('e', 5), ('g', 1) ON CONFLICT (sku) DO UPDATE SET qty = inv.qty + excluded.qty");
        assertThat(rows("SELECT sku, qty FROM inv ORDER BY sku")).containsExactly("e|6", "g|1");
    }

    @Test
    void identityColumnsUpdate() {
        // Answers checked against PostgreSQL 15: DEFAULT takes the next value, ALWAYS refuses any other value.
        run("CREATE TABLE ga (id int GENERATED ALWAYS AS IDENTITY, bd int GENERATED BY DEFAULT AS IDENTITY, s serial, v text)");
        run("INSERT INTO ga (v) VALUES ('a'), ('b')");
        assertThat(rows("UPDATE ga SET id = DEFAULT, bd = DEFAULT, s = DEFAULT WHERE v = 'a' RETURNING *"))
                .containsExactly("3|3|3|a");
        assertThat(rows("UPDATE ga SET bd = 50 WHERE v = 'b' RETURNING *")).containsExactly("2|50|2|b");
        var always = failure("UPDATE ga SET id = 7 WHERE false");
        assertThat(always.sqlState()).isEqualTo("428C9");
        assertThat(always.getMessage()).isEqualTo("column \"id\" can only be updated to DEFAULT");
        assertThat(failure("INSERT INTO ga (id, v) VALUES (10, 'c')").detail())
                .contains("Column \"id\" is an identity column defined as GENERATED ALWAYS.");
    }

    @Test
    void failedStatementLeavesNoPartialChange() {
        assertThat(failure("INSERT INTO parent (id, code) VALUES (3, 'c'), (4, 'a')").sqlState()).isEqualTo("23505");
        assertThat(rows("SELECT id FROM parent ORDER BY id")).containsExactly("1", "2");
    }

    @Test
    void onConflictAndReturning() {
        StatementResult result = execute("INSERT INTO parent VALUES (1, 'a', 5) ON CONFLICT (id) DO UPDATE SET qty = excluded.qty + parent.qty RETURNING id, qty");
        assertThat(render(result)).containsExactly("1|5");
        assertThat(render(execute("INSERT INTO parent VALUES (2, 'b', 5) ON CONFLICT DO NOTHING RETURNING id"))).isEmpty();
        assertThat(render(execute("UPDATE parent SET qty = qty + 1 WHERE id = 2 RETURNING qty"))).containsExactly("1");
        assertThat(render(execute("DELETE FROM parent WHERE id = 2 RETURNING code"))).containsExactly("b");
        run("INSERT OR REPLACE INTO parent VALUES (1, 'r', 9)");
        assertThat(single("SELECT code, qty FROM parent WHERE id = 1")).isEqualTo("r|9");
    }

    @Test
    void generatedKeys() {
        StatementResult result = session.prepare("INSERT INTO child (parent_id, note) VALUES (1, 'k')",
                GeneratedKeys.columns(java.util.List.of("id"))).execute(java.util.List.of());
        assertThat(render(result)).containsExactly("1");
    }
}
