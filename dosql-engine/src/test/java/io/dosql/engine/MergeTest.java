package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.DoSqlException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MERGE (PostgreSQL 15 syntax); rows, counts and errors as PostgreSQL 15 gives them. */
class MergeTest extends SqlTestSupport {
    @BeforeEach
    void data() {
        run("CREATE TABLE mt (id INT PRIMARY KEY, name TEXT, qty INT DEFAULT 7 CHECK (qty >= 0))");
        run("CREATE TABLE ms (id INT, name TEXT, qty INT)");
        run("INSERT INTO mt VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3)");
        run("INSERT INTO ms VALUES (1, 'A', 10), (2, 'B', 20), (4, 'D', 40), (5, 'E', NULL)");
    }

    @Test
    void everyClauseKindInOneStatement() {
        StatementResult result = execute("MERGE INTO mt t USING ms s ON t.id = s.id"
                + " WHEN MATCHED AND s.qty > 15 THEN DELETE"
                + " WHEN MATCHED THEN UPDATE SET name = s.name, qty = t.qty + s.qty"
                + " WHEN NOT MATCHED AND s.qty IS NULL THEN INSERT (id, name) VALUES (s.id, s.name)"
                + " WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.name, s.qty)");
        assertThat(result.updateCount()).isEqualTo(4);
        assertThat(result.commandTag()).isEqualTo("MERGE 4");
        assertThat(rows("SELECT * FROM mt ORDER BY id")).containsExactly("1|A|11", "3|c|3", "4|D|40", "5|E|7");
    }

    @Test
    void valuesAndSubquerySourcesAndDoNothing() {
        assertThat(execute("MERGE INTO mt USING (VALUES (1, 'x'), (9, 'y')) AS v(id, name) ON mt.id = v.id"
                + " WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN INSERT (id, name) VALUES (v.id, v.name)")
                .updateCount()).isEqualTo(1);
        assertThat(execute("MERGE INTO mt USING (SELECT 10 AS id) s ON mt.id = s.id"
                + " WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)").updateCount()).isEqualTo(1);
        assertThat(rows("SELECT * FROM mt WHERE id > 3 ORDER BY id")).containsExactly("9|y|7", "10|NULL|7");
    }

    @Test
    void parametersAndInsertDefaultValuesHitConstraints() {
        assertThat(execute("MERGE INTO mt t USING ms ON t.id = ms.id AND ms.name = ?"
                + " WHEN MATCHED THEN UPDATE SET qty = ?", "A", 5).updateCount()).isEqualTo(1);
        assertThat(single("SELECT qty FROM mt WHERE id = 1")).isEqualTo("5");
        DoSqlException failure = failure("MERGE INTO mt USING (VALUES (9)) v(id) ON mt.id = v.id"
                + " WHEN NOT MATCHED THEN INSERT DEFAULT VALUES");
        assertThat(failure.sqlState()).isEqualTo("23502");
        assertThat(failure.detail()).contains("Failing row contains (null, null, 7).");
    }

    @Test
    void aTargetRowMatchedTwiceIsACardinalityViolation() {
        DoSqlException failure = failure("MERGE INTO mt t USING (VALUES (1), (1)) v(id) ON t.id = v.id"
                + " WHEN MATCHED THEN UPDATE SET qty = 0");
        assertThat(failure.sqlState()).isEqualTo("21000");
        assertThat(failure.getMessage()).isEqualTo("MERGE command cannot affect row a second time");
        assertThat(failure.hint()).contains("Ensure that not more than one source row matches any one target row.");
        assertThat(single("SELECT qty FROM mt WHERE id = 1")).isEqualTo("1");
        assertThat(execute("MERGE INTO mt t USING (VALUES (1), (1)) v(id) ON t.id = v.id"
                + " WHEN MATCHED THEN DO NOTHING").updateCount()).isZero();
    }

    @Test
    void checkAndUniqueConstraintsApplyAndTheStatementIsAtomic() {
        assertThat(failure("MERGE INTO mt t USING (VALUES (1, 5)) v(id, q) ON t.id = v.id"
                + " WHEN MATCHED THEN UPDATE SET qty = -1").sqlState()).isEqualTo("23514");
        assertThat(failure("MERGE INTO mt t USING ms ON t.id = ms.id"
                + " WHEN NOT MATCHED THEN INSERT (id) VALUES (1)").sqlState()).isEqualTo("23505");
        assertThat(rows("SELECT * FROM mt ORDER BY id")).containsExactly("1|a|1", "2|b|2", "3|c|3");
    }

    @Test
    void triggersFireAndIndexesFollow() {
        run("CREATE TABLE audit (what TEXT)");
        run("CREATE TRIGGER mt_insert AFTER INSERT ON mt BEGIN INSERT INTO audit VALUES ('ins ' || NEW.id); END");
        run("CREATE TRIGGER mt_delete AFTER DELETE ON mt BEGIN INSERT INTO audit VALUES ('del ' || OLD.id); END");
        run("CREATE INDEX mt_name ON mt (name)");
        execute("MERGE INTO mt t USING ms s ON t.id = s.id WHEN MATCHED AND s.id = 2 THEN DELETE"
                + " WHEN MATCHED THEN UPDATE SET name = 'renamed' WHEN NOT MATCHED AND s.id = 4 THEN INSERT VALUES (4, 'd', 4)");
        assertThat(rows("SELECT what FROM audit ORDER BY what")).containsExactly("del 2", "ins 4");
        assertThat(rows("SELECT id FROM mt WHERE name = 'renamed'")).containsExactly("1");
        assertThat(rows("SELECT id FROM mt WHERE name = 'b'")).isEmpty();
    }
}
