package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SQLite-style row triggers through SQL: timing, events, WHEN, UPDATE OF, NEW/OLD, atomicity, DDL errors. */
class TriggerTest extends SqlTestSupport {
    @BeforeEach
    void tables() {
        run("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER, name VARCHAR(10));"
                + "CREATE TABLE log (event TEXT, old_x INTEGER, new_x INTEGER, name TEXT)");
    }

    private java.util.List<String> log() {
        return rows("SELECT event, old_x, new_x, name FROM log ORDER BY event, old_x, new_x");
    }

    @Test
    void afterInsertSeesNewRow() {
        run("CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, new.name); END");
        run("INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b')");
        assertThat(log()).containsExactly("ins|NULL|10|a", "ins|NULL|20|b");
    }

    @Test
    void afterInsertBodyReadsTheInsertedRowButBeforeDoesNot() {
        run("CREATE TRIGGER before_ins BEFORE INSERT ON t BEGIN "
                + "INSERT INTO log SELECT 'before', count(*), new.x, NULL FROM t WHERE id = new.id; END;"
                + "CREATE TRIGGER after_ins AFTER INSERT ON t BEGIN "
                + "INSERT INTO log SELECT 'after', count(*), new.x, NULL FROM t WHERE id = new.id; END");
        run("INSERT INTO t VALUES (1, 10, 'a')");
        assertThat(log()).containsExactly("after|1|10|NULL", "before|0|10|NULL");
    }

    @Test
    void updateTriggersSeeOldAndNew() {
        run("INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b');"
                + "CREATE TRIGGER t_upd AFTER UPDATE ON t BEGIN INSERT INTO log VALUES ('upd', old.x, new.x, new.name); END");
        run("UPDATE t SET x = x + 1");
        assertThat(log()).containsExactly("upd|10|11|a", "upd|20|21|b");
    }

    @Test
    void beforeUpdateAndBeforeDeleteFireBeforeTheChange() {
        run("INSERT INTO t VALUES (1, 10, 'a');"
                + "CREATE TRIGGER bu BEFORE UPDATE ON t BEGIN INSERT INTO log SELECT 'bu', x, new.x, NULL FROM t WHERE id = old.id; END;"
                + "CREATE TRIGGER bd BEFORE DELETE ON t BEGIN INSERT INTO log SELECT 'bd', x, NULL::int, NULL FROM t WHERE id = old.id; END;"
                + "CREATE TRIGGER ad AFTER DELETE ON t BEGIN INSERT INTO log SELECT 'ad', old.x, count(*), NULL FROM t; END");
        run("UPDATE t SET x = 11 WHERE id = 1");
        run("DELETE FROM t");
        assertThat(log()).containsExactly("ad|11|0|NULL", "bd|11|NULL|NULL", "bu|10|11|NULL");
    }

    @Test
    void defaultTimingIsBefore() {
        run("CREATE TRIGGER d DELETE ON t BEGIN INSERT INTO log SELECT 'd', count(*), NULL::int, NULL FROM t; END;"
                + "INSERT INTO t VALUES (1, 10, 'a')");
        run("DELETE FROM t");
        assertThat(log()).containsExactly("d|1|NULL|NULL");
    }

    @Test
    void whenClauseFiltersRows() {
        run("CREATE TRIGGER big AFTER INSERT ON t WHEN new.x > 15 BEGIN INSERT INTO log VALUES ('big', NULL, new.x, NULL); END");
        run("INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b'), (3, NULL, 'c')");
        assertThat(log()).containsExactly("big|NULL|20|NULL");
    }

    @Test
    void updateOfFiresOnlyWhenAListedColumnIsAssigned() {
        run("INSERT INTO t VALUES (1, 10, 'a');"
                + "CREATE TRIGGER ux AFTER UPDATE OF x ON t BEGIN INSERT INTO log VALUES ('ux', old.x, new.x, new.name); END");
        run("UPDATE t SET name = 'b'");
        assertThat(log()).isEmpty();
        run("UPDATE t SET x = x");
        assertThat(log()).containsExactly("ux|10|10|b");
    }

    @Test
    void multipleStatementsInTheBodyRunInOrder() {
        run("CREATE TRIGGER two AFTER INSERT ON t BEGIN "
                + "INSERT INTO log VALUES ('one', NULL, new.x, NULL); "
                + "UPDATE log SET name = 'seen' WHERE new_x = new.x; SELECT 1; END");
        run("INSERT INTO t VALUES (1, 10, 'a')");
        assertThat(log()).containsExactly("one|NULL|10|seen");
    }

    @Test
    void triggerMaintainsAnotherTable() {
        run("CREATE TABLE totals (total INTEGER); INSERT INTO totals VALUES (0);"
                + "CREATE TRIGGER add_ins AFTER INSERT ON t BEGIN UPDATE totals SET total = total + new.x; END;"
                + "CREATE TRIGGER add_upd AFTER UPDATE ON t BEGIN UPDATE totals SET total = total - old.x + new.x; END;"
                + "CREATE TRIGGER add_del AFTER DELETE ON t BEGIN UPDATE totals SET total = total - old.x; END");
        run("INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b'); UPDATE t SET x = 5 WHERE id = 1; DELETE FROM t WHERE id = 2");
        assertThat(single("SELECT total FROM totals")).isEqualTo("5");
    }

    @Test
    void failingBodyUndoesTheTriggeringStatement() {
        run("CREATE TABLE audit (v INTEGER NOT NULL);"
                + "CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO audit VALUES (new.x); END");
        assertThat(failure("INSERT INTO t VALUES (1, 10, 'a'), (2, NULL, 'b')").sqlState()).isEqualTo("23502");
        assertThat(rows("SELECT * FROM t")).isEmpty();
        assertThat(rows("SELECT * FROM audit")).isEmpty();
    }

    @Test
    void triggerChangesAreUndoneByRollback() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, NULL); END");
        session.setAutoCommit(false);
        run("INSERT INTO t VALUES (1, 10, 'a')");
        session.rollback();
        session.setAutoCommit(true);
        assertThat(log()).isEmpty();
    }

    @Test
    void createTriggerIsTransactional() {
        session.setAutoCommit(false);
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, NULL); END");
        session.rollback();
        session.setAutoCommit(true);
        run("INSERT INTO t VALUES (1, 10, 'a')");
        assertThat(log()).isEmpty();
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END");
    }

    @Test
    void duplicateNameAndIfNotExists() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END");
        assertThat(failure("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END").sqlState()).isEqualTo("42710");
        run("CREATE TRIGGER IF NOT EXISTS a AFTER DELETE ON t BEGIN INSERT INTO log VALUES ('x', NULL, NULL, NULL); END");
        run("INSERT INTO t VALUES (1, 10, 'a'); DELETE FROM t");
        assertThat(log()).isEmpty();
    }

    @Test
    void unknownTableOrColumn() {
        assertThat(failure("CREATE TRIGGER a AFTER INSERT ON nope BEGIN SELECT 1; END").sqlState()).isEqualTo("42P01");
        assertThat(failure("CREATE TRIGGER a AFTER UPDATE OF nope ON t BEGIN SELECT 1; END").sqlState()).isEqualTo("42703");
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('x', NULL, new.nope, NULL); END");
        assertThat(failure("INSERT INTO t VALUES (1, 10, 'a')").sqlState()).isEqualTo("42703");
        assertThat(rows("SELECT * FROM t")).isEmpty();
    }

    @Test
    void oldIsNotVisibleInInsertTriggers() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('x', old.x, NULL, NULL); END");
        assertThat(failure("INSERT INTO t VALUES (1, 10, 'a')").sqlState()).isEqualTo("42703");
    }

    @Test
    void dropTrigger() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, NULL); END");
        run("DROP TRIGGER a");
        run("INSERT INTO t VALUES (1, 10, 'a')");
        assertThat(log()).isEmpty();
        var missing = failure("DROP TRIGGER a");
        assertThat(missing.sqlState()).isEqualTo("42704");
        assertThat(missing.getMessage()).contains("trigger \"a\" does not exist");
        run("DROP TRIGGER IF EXISTS a");
    }

    @Test
    void droppingTheTableDropsItsTriggers() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END; DROP TABLE t");
        assertThat(failure("DROP TRIGGER a").sqlState()).isEqualTo("42704");
        run("CREATE TABLE t (id INTEGER); CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END");
    }

    @Test
    void rolledBackDropTableRestoresTriggers() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, NULL); END");
        session.setAutoCommit(false);
        run("DROP TABLE t");
        session.rollback();
        session.setAutoCommit(true);
        run("INSERT INTO t VALUES (1, 10, 'a')");
        assertThat(log()).containsExactly("ins|NULL|10|NULL");
    }

    @Test
    void recursionStopsAtTheDepthLimit() {
        run("CREATE TABLE chain (n INTEGER);"
                + "CREATE TRIGGER again AFTER INSERT ON chain BEGIN INSERT INTO chain VALUES (new.n + 1); END");
        var error = failure("INSERT INTO chain VALUES (0)");
        assertThat(error.sqlState()).isEqualTo("54001");
        assertThat(error.getMessage()).contains("trigger");
        assertThat(rows("SELECT * FROM chain")).isEmpty();
    }

    @Test
    void boundedRecursionWorks() {
        run("CREATE TABLE chain (n INTEGER);"
                + "CREATE TRIGGER again AFTER INSERT ON chain WHEN new.n < 5 BEGIN INSERT INTO chain VALUES (new.n + 1); END");
        run("INSERT INTO chain VALUES (0)");
        assertThat(rows("SELECT n FROM chain ORDER BY n")).containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void triggerSeesSchemaChanges() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, NULL); END");
        run("INSERT INTO t VALUES (1, 10, 'a')");
        run("ALTER TABLE log ADD COLUMN extra INTEGER DEFAULT 7");
        run("INSERT INTO t VALUES (2, 20, 'b')");
        assertThat(rows("SELECT new_x, extra FROM log ORDER BY new_x")).containsExactly("10|7", "20|7");
    }

    @Test
    void insteadOfNeedsAViewAndBeforeAfterNeedATable() {
        run("CREATE VIEW v AS SELECT * FROM t");
        assertThat(failure("CREATE TRIGGER a BEFORE INSERT ON v BEGIN SELECT 1; END").sqlState()).isEqualTo("42809");
        assertThat(failure("CREATE TRIGGER a INSTEAD OF INSERT ON t BEGIN SELECT 1; END").sqlState()).isEqualTo("42809");
    }

    @Test
    void insteadOfTriggersMakeAViewWritable() {
        run("CREATE VIEW v AS SELECT id, x * 2 AS doubled, name FROM t;"
                + "CREATE TRIGGER vi INSTEAD OF INSERT ON v BEGIN INSERT INTO t VALUES (new.id, new.doubled / 2, new.name); END;"
                + "CREATE TRIGGER vu INSTEAD OF UPDATE OF name ON v BEGIN UPDATE t SET name = new.name WHERE id = old.id; END;"
                + "CREATE TRIGGER vd INSTEAD OF DELETE ON v BEGIN DELETE FROM t WHERE id = old.id; "
                + "INSERT INTO log VALUES ('vd', old.doubled, NULL, old.name); END");
        assertThat(execute("INSERT INTO v VALUES (1, 20, 'a'), (2, 40, 'b')").updateCount()).isEqualTo(2);
        run("INSERT INTO v (name, id, doubled) SELECT 'c', 3, 60");
        assertThat(rows("SELECT id, x, name FROM t ORDER BY id")).containsExactly("1|10|a", "2|20|b", "3|30|c");
        assertThat(execute("UPDATE v SET name = upper(name) WHERE doubled > 20").updateCount()).isEqualTo(2);
        run("UPDATE v SET doubled = 0");
        assertThat(rows("SELECT id, x, name FROM t ORDER BY id")).containsExactly("1|10|a", "2|20|B", "3|30|C");
        assertThat(execute("DELETE FROM v WHERE id = $1", 2).updateCount()).isEqualTo(1);
        assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("1", "3");
        assertThat(log()).containsExactly("vd|40|NULL|B");
    }

    @Test
    void viewWithoutAMatchingInsteadOfTriggerStaysReadOnly() {
        run("CREATE VIEW v AS SELECT id, x * 2 AS doubled FROM t;"
                + "CREATE TRIGGER vi INSTEAD OF INSERT ON v BEGIN SELECT 1; END");
        assertThat(failure("DELETE FROM v").sqlState()).isEqualTo("0A000");
        run("DROP VIEW v");
        assertThat(failure("DROP TRIGGER vi").sqlState()).isEqualTo("42704");
    }

    @Test
    void parametersOfTheTriggeringStatementAreIndependent() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, new.name); END");
        execute("INSERT INTO t VALUES ($1, $2, $3)", 1, 42, "p");
        assertThat(log()).containsExactly("ins|NULL|42|p");
    }

    @Test
    void cascadedForeignKeyDeletesFireTriggers() {
        run("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                + "CREATE TABLE child (id INTEGER, parent_id INTEGER REFERENCES parent ON DELETE CASCADE);"
                + "INSERT INTO parent VALUES (1); INSERT INTO child VALUES (10, 1);"
                + "CREATE TRIGGER c AFTER DELETE ON child BEGIN INSERT INTO log VALUES ('child', old.id, NULL, NULL); END");
        run("DELETE FROM parent");
        assertThat(log()).containsExactly("child|10|NULL|NULL");
    }

    @Test
    void raiseAbortFailsTheStatementWithItsMessage() {
        run("INSERT INTO t VALUES (1, 10, 'a');"
                + "CREATE TRIGGER guard BEFORE INSERT ON t BEGIN "
                + "SELECT RAISE(ABORT, 'x must be positive') WHERE new.x <= 0; END");
        var error = failure("INSERT INTO t VALUES (2, 20, 'b'), (3, -1, 'c')");
        assertThat(error.getMessage()).contains("x must be positive");
        assertThat(error.sqlState()).isEqualTo("P0001");
        assertThat(rows("SELECT id FROM t")).containsExactly("1");
        run("INSERT INTO t VALUES (2, 20, 'b')");
        assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("1", "2");
    }

    @Test
    void raiseInsideCaseEmulatesAForeignKey() {
        run("CREATE TABLE parent (id INTEGER);"
                + "CREATE TRIGGER fk BEFORE INSERT ON t BEGIN "
                + "SELECT CASE WHEN (SELECT id FROM parent WHERE id = new.x) IS NULL "
                + "THEN RAISE(ABORT, 'no parent') END; END;"
                + "INSERT INTO parent VALUES (10)");
        run("INSERT INTO t VALUES (1, 10, 'a')");
        assertThat(failure("INSERT INTO t VALUES (2, 11, 'b')").getMessage()).contains("no parent");
        assertThat(rows("SELECT id FROM t")).containsExactly("1");
    }

    @Test
    void raiseIgnoreSkipsTheRow() {
        run("INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b');"
                + "CREATE TRIGGER keep BEFORE DELETE ON t WHEN old.x > 15 BEGIN SELECT RAISE(IGNORE); END;"
                + "CREATE TRIGGER skip BEFORE INSERT ON t BEGIN SELECT RAISE(IGNORE) WHERE new.name = 'skip'; END;"
                + "CREATE TRIGGER after_del AFTER DELETE ON t BEGIN INSERT INTO log VALUES ('del', old.x, NULL, NULL); END");
        assertThat(execute("INSERT INTO t VALUES (3, 30, 'skip'), (4, 40, 'keep')").updateCount()).isEqualTo(1);
        assertThat(execute("DELETE FROM t").updateCount()).isEqualTo(1);
        assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("2", "4");
        assertThat(log()).containsExactly("del|10|NULL|NULL");
    }

    @Test
    void raiseOutsideSelectIsRejected() {
        run("CREATE TRIGGER bad AFTER INSERT ON t BEGIN INSERT INTO log VALUES (RAISE(ABORT, 'x'), NULL, NULL, NULL); END");
        assertThat(failure("INSERT INTO t VALUES (1, 10, 'a')").sqlState()).isEqualTo("0A000");
    }

    @Test
    void triggersCreatedAfterPreparingAStatementStillFire() {
        PreparedStatementHandle insert = session.prepare("INSERT INTO t VALUES ($1, $2, $3)", GeneratedKeys.NONE);
        insert.execute(java.util.List.of(1, 10, "a"));
        run("CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('ins', NULL, new.x, NULL); END");
        insert.execute(java.util.List.of(2, 20, "b"));
        assertThat(log()).containsExactly("ins|NULL|20|NULL");
    }

    @Test
    void postgresDropTriggerOnTableFormAndIfExists() {
        run("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END");
        run("DROP TRIGGER a ON t");
        run("DROP TRIGGER IF EXISTS a");
        assertThat(failure("DROP TRIGGER a").sqlState()).isEqualTo("42704");
    }

    @Test
    void raiseOutsideATriggerIsAnUnknownFunction() {
        assertThat(failure("SELECT RAISE(ABORT, 'x')").sqlState()).isIn("42703", "42883");
    }

    @Test
    void replaceWhoseDeleteIsIgnoredReportsTheConflict() {
        run("INSERT INTO t VALUES (1, 10, 'a');"
                + "CREATE TRIGGER keep BEFORE DELETE ON t BEGIN SELECT RAISE(IGNORE); END");
        assertThat(failure("INSERT OR REPLACE INTO t VALUES (1, 11, 'b')").sqlState()).isEqualTo("23505");
        run("DROP TRIGGER keep; INSERT OR REPLACE INTO t VALUES (1, 11, 'b')");
        assertThat(rows("SELECT id, x, name FROM t")).containsExactly("1|11|b");
    }
}
