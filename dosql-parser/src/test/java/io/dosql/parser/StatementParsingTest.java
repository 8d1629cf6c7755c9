package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.parser.ast.AddColumn;
import io.dosql.parser.ast.AddConstraint;
import io.dosql.parser.ast.AlterColumn;
import io.dosql.parser.ast.AlterSequenceStatement;
import io.dosql.parser.ast.AlterTableStatement;
import io.dosql.parser.ast.AnalyzeStatement;
import io.dosql.parser.ast.Assignment;
import io.dosql.parser.ast.CheckColumnConstraint;
import io.dosql.parser.ast.ColumnDefinition;
import io.dosql.parser.ast.CreateIndexStatement;
import io.dosql.parser.ast.CreateSchemaStatement;
import io.dosql.parser.ast.CreateSequenceStatement;
import io.dosql.parser.ast.CreateTableStatement;
import io.dosql.parser.ast.CreateTriggerStatement;
import io.dosql.parser.ast.CreateViewStatement;
import io.dosql.parser.ast.DefaultColumnConstraint;
import io.dosql.parser.ast.DefaultValue;
import io.dosql.parser.ast.DefaultValuesSource;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.DropColumn;
import io.dosql.parser.ast.DropConstraint;
import io.dosql.parser.ast.DropStatement;
import io.dosql.parser.ast.ExplainStatement;
import io.dosql.parser.ast.ForeignKeyConstraint;
import io.dosql.parser.ast.IdentityColumnConstraint;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.NotNullConstraint;
import io.dosql.parser.ast.OnConflictClause;
import io.dosql.parser.ast.PragmaStatement;
import io.dosql.parser.ast.PrimaryKeyColumnConstraint;
import io.dosql.parser.ast.PrimaryKeyConstraint;
import io.dosql.parser.ast.QuerySource;
import io.dosql.parser.ast.ReferencesColumnConstraint;
import io.dosql.parser.ast.ReferentialAction;
import io.dosql.parser.ast.ReindexStatement;
import io.dosql.parser.ast.RenameColumn;
import io.dosql.parser.ast.RenameTable;
import io.dosql.parser.ast.ResetStatement;
import io.dosql.parser.ast.SelectStatement;
import io.dosql.parser.ast.SequenceOption;
import io.dosql.parser.ast.SetStatement;
import io.dosql.parser.ast.ShowStatement;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.TransactionStatement;
import io.dosql.parser.ast.TruncateStatement;
import io.dosql.parser.ast.TypeName;
import io.dosql.parser.ast.UniqueConstraint;
import io.dosql.parser.ast.UpdateStatement;
import io.dosql.parser.ast.VacuumStatement;
import io.dosql.parser.ast.ValuesSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementParsingTest {

    @SuppressWarnings("unchecked")
    private static <T extends Statement> T parse(String sql) {
        return (T) SqlParser.parseStatement(sql);
    }

    @Test
    void insertForms() {
        InsertStatement insert = parse("INSERT INTO s.t (a, b) VALUES (1, DEFAULT), (2, 'x') RETURNING a, *");
        assertThat(insert.table().parts()).containsExactly("s", "t");
        assertThat(insert.columns()).containsExactly("a", "b");
        assertThat(((ValuesSource) insert.source()).rows().get(0).get(1)).isEqualTo(new DefaultValue());
        assertThat(insert.returning()).hasSize(2);
        assertThat(insert.position()).isEqualTo(13);
        assertThat(((InsertStatement) parse("INSERT INTO t SELECT * FROM u")).source()).isInstanceOf(QuerySource.class);
        assertThat(((InsertStatement) parse("INSERT INTO t (SELECT * FROM u)")).columns()).isEmpty();
        assertThat(((InsertStatement) parse("INSERT INTO t DEFAULT VALUES")).source()).isInstanceOf(DefaultValuesSource.class);
        assertThat(((InsertStatement) parse("INSERT OR REPLACE INTO t VALUES (1)")).conflictResolution())
                .isEqualTo(InsertStatement.ConflictResolution.REPLACE);
        assertThat(((InsertStatement) parse("INSERT OR IGNORE INTO t VALUES (1)")).conflictResolution())
                .isEqualTo(InsertStatement.ConflictResolution.IGNORE);
        assertThat(((InsertStatement) parse("REPLACE INTO t VALUES (1)")).conflictResolution())
                .isEqualTo(InsertStatement.ConflictResolution.REPLACE);
        InsertStatement with = parse("WITH x AS (SELECT 1) INSERT INTO t AS target SELECT * FROM x");
        assertThat(with.with()).isNotNull();
        assertThat(with.alias()).isEqualTo("target");
    }

    @Test
    void onConflict() {
        InsertStatement nothing = parse("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING");
        assertThat(nothing.onConflict().action()).isEqualTo(OnConflictClause.Action.DO_NOTHING);
        assertThat(nothing.onConflict().targetColumns()).isEmpty();
        InsertStatement update = parse(
                "INSERT INTO t VALUES (1, 2) ON CONFLICT (a) DO UPDATE SET b = excluded.b, c = DEFAULT WHERE t.b < 5 RETURNING *");
        OnConflictClause clause = update.onConflict();
        assertThat(clause.targetColumns()).containsExactly("a");
        assertThat(clause.assignments()).extracting(Assignment::column).containsExactly("b", "c");
        assertThat(clause.where()).isNotNull();
        assertThat(((InsertStatement) parse("INSERT INTO t VALUES (1) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING"))
                .onConflict().constraintName()).isEqualTo("t_pkey");
    }

    @Test
    void updateAndDelete() {
        UpdateStatement update = parse("UPDATE t AS x SET a = a + 1, (b, c) = (1, 2) FROM u WHERE x.id = u.id RETURNING a");
        assertThat(update.alias()).isEqualTo("x");
        assertThat(update.assignments()).extracting(Assignment::column).containsExactly("a", "b", "c");
        assertThat(update.from()).hasSize(1);
        assertThat(update.where()).isNotNull();
        assertThat(update.returning()).hasSize(1);
        assertThat(((UpdateStatement) parse("UPDATE t SET a = 1")).alias()).isNull();
        DeleteStatement delete = parse("DELETE FROM t d USING u WHERE d.a = u.a RETURNING *");
        assertThat(delete.alias()).isEqualTo("d");
        assertThat(delete.using()).hasSize(1);
        assertThat(((DeleteStatement) parse("DELETE FROM t")).where()).isNull();
    }

    @Test
    void createTableWithConstraints() {
        CreateTableStatement create = parse("CREATE TEMP TABLE IF NOT EXISTS t ("
                + " id integer PRIMARY KEY AUTOINCREMENT,"
                + " name varchar(20) NOT NULL DEFAULT 'x' COLLATE \"C\","
                + " price numeric(10, 2) CONSTRAINT positive CHECK (price > 0),"
                + " parent int REFERENCES p (id) ON DELETE CASCADE ON UPDATE SET NULL,"
                + " serial_id bigint GENERATED BY DEFAULT AS IDENTITY,"
                + " untyped,"
                + " CONSTRAINT pk PRIMARY KEY (id, name),"
                + " UNIQUE (name),"
                + " FOREIGN KEY (parent) REFERENCES p (id) ON DELETE SET DEFAULT)");
        assertThat(create.temporary()).isTrue();
        assertThat(create.ifNotExists()).isTrue();
        List<ColumnDefinition> columns = create.columns();
        assertThat(columns).extracting(ColumnDefinition::name).containsExactly("id", "name", "price", "parent", "serial_id", "untyped");
        assertThat(columns.get(0).constraints()).containsExactly(new PrimaryKeyColumnConstraint(null, true));
        assertThat(columns.get(1).type()).isEqualTo(new TypeName("varchar", List.of(20), false));
        assertThat(columns.get(1).constraints()).containsExactly(new NotNullConstraint(null),
                new DefaultColumnConstraint(null, new StringLiteral("x")));
        assertThat(((CheckColumnConstraint) columns.get(2).constraints().get(0)).name()).isEqualTo("positive");
        ReferencesColumnConstraint references = (ReferencesColumnConstraint) columns.get(3).constraints().get(0);
        assertThat(references.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(references.onUpdate()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(columns.get(4).constraints()).containsExactly(new IdentityColumnConstraint(null, false));
        assertThat(columns.get(5).type()).isNull();
        assertThat(create.constraints().get(0)).isEqualTo(new PrimaryKeyConstraint("pk", List.of("id", "name")));
        assertThat(create.constraints().get(1)).isEqualTo(new UniqueConstraint(null, List.of("name")));
        assertThat(((ForeignKeyConstraint) create.constraints().get(2)).onDelete()).isEqualTo(ReferentialAction.SET_DEFAULT);
    }

    @Test
    void createTableAsAndNonReservedColumnNames() {
        CreateTableStatement as = parse("CREATE TABLE t2 AS SELECT * FROM t1");
        assertThat(as.asQuery()).isNotNull();
        CreateTableStatement named = parse("CREATE TABLE t (key text, value text, name text, type int, year int, date date, data bytea)");
        assertThat(named.columns()).hasSize(7);
        assertThat(named.columns().get(5).type().name()).isEqualTo("date");
        CreateTableStatement types = parse("CREATE TABLE t (a double precision, b timestamp with time zone, c character varying(3), d int[])");
        assertThat(types.columns()).extracting(column -> column.type().name())
                .containsExactly("double precision", "timestamp with time zone", "character varying", "int");
        assertThat(types.columns().get(3).type().array()).isTrue();
    }

    @Test
    void createIndexViewSchemaTrigger() {
        CreateIndexStatement index = parse("CREATE UNIQUE INDEX IF NOT EXISTS i ON t (a DESC, lower(b)) WHERE a > 0");
        assertThat(index.unique()).isTrue();
        assertThat(index.name()).isEqualTo("i");
        assertThat(index.columns()).hasSize(2);
        assertThat(index.columns().get(0).ascending()).isFalse();
        assertThat(index.where()).isNotNull();
        assertThat(((CreateIndexStatement) parse("CREATE INDEX ON t (a)")).name()).isNull();
        CreateViewStatement view = parse("CREATE OR REPLACE VIEW v (x) AS SELECT a FROM t  WHERE a > 1 ;");
        assertThat(view.orReplace()).isTrue();
        assertThat(view.columnNames()).containsExactly("x");
        assertThat(view.sql()).isEqualTo("SELECT a FROM t  WHERE a > 1");
        assertThat(((CreateSchemaStatement) parse("CREATE SCHEMA IF NOT EXISTS s")).ifNotExists()).isTrue();
        CreateTriggerStatement trigger = parse("CREATE TRIGGER tr AFTER UPDATE OF a, b ON t FOR EACH ROW WHEN new.a > 0 BEGIN "
                + "INSERT INTO log VALUES (new.a); UPDATE u SET c = CASE WHEN 1 THEN 2 END; END");
        assertThat(trigger.timing()).isEqualTo(CreateTriggerStatement.Timing.AFTER);
        assertThat(trigger.event()).isEqualTo(CreateTriggerStatement.Event.UPDATE);
        assertThat(trigger.updateColumns()).containsExactly("a", "b");
        assertThat(trigger.forEachRow()).isTrue();
        assertThat(trigger.when()).isNotNull();
        assertThat(trigger.body()).hasSize(2);
        assertThat(((CreateTriggerStatement) parse("CREATE TRIGGER tr DELETE ON t BEGIN SELECT 1; END")).timing())
                .isEqualTo(CreateTriggerStatement.Timing.BEFORE);
    }

    @Test
    void sequences() {
        CreateSequenceStatement create = parse("CREATE SEQUENCE IF NOT EXISTS s.q AS smallint INCREMENT BY -5 "
                + "MINVALUE -9 NO MAXVALUE START 1 CACHE 20 CYCLE OWNED BY t.c");
        assertThat(create.name().parts()).containsExactly("s", "q");
        assertThat(create.ifNotExists()).isTrue();
        assertThat(create.options()).extracting(SequenceOption::kind).containsExactly(SequenceOption.Kind.AS,
                SequenceOption.Kind.INCREMENT, SequenceOption.Kind.MINVALUE, SequenceOption.Kind.NO_MAXVALUE,
                SequenceOption.Kind.START, SequenceOption.Kind.CACHE, SequenceOption.Kind.CYCLE,
                SequenceOption.Kind.OWNED_BY);
        assertThat(create.options().get(1).value()).isEqualTo(-5L);
        assertThat(create.options().get(0).type().name()).isEqualTo("smallint");
        assertThat(create.options().get(7).owner().parts()).containsExactly("t", "c");
        AlterSequenceStatement alter = parse("ALTER SEQUENCE q RESTART WITH 10");
        assertThat(alter.options()).containsExactly(new SequenceOption(SequenceOption.Kind.RESTART, 10L, null, null));
        assertThat(((AlterSequenceStatement) parse("ALTER SEQUENCE q RESTART")).options().get(0).value()).isNull();
        assertThat(((CreateSequenceStatement) parse("create sequence foo_seq start with 1 increment by 50")).options())
                .extracting(SequenceOption::value).containsExactly(1L, 50L);
    }

    @Test
    void dropAndAlter() {
        DropStatement drop = parse("DROP TABLE IF EXISTS a, s.b CASCADE");
        assertThat(drop.kind()).isEqualTo(DropStatement.ObjectKind.TABLE);
        assertThat(drop.names()).hasSize(2);
        assertThat(drop.ifExists()).isTrue();
        assertThat(drop.cascade()).isTrue();
        for (String kind : List.of("VIEW", "INDEX", "SCHEMA", "TRIGGER", "SEQUENCE")) {
            assertThat(((DropStatement) parse("DROP " + kind + " x")).kind().name()).isEqualTo(kind);
        }
        AlterTableStatement alter = parse("ALTER TABLE IF EXISTS t ADD COLUMN IF NOT EXISTS c int NOT NULL, "
                + "ADD CONSTRAINT u UNIQUE (c), DROP COLUMN d CASCADE, DROP CONSTRAINT IF EXISTS k, "
                + "ALTER COLUMN e SET DEFAULT 1, ALTER f DROP DEFAULT, ALTER g SET NOT NULL, ALTER h DROP NOT NULL, "
                + "ALTER i TYPE bigint, ALTER j SET DATA TYPE text, RENAME COLUMN k TO l, RENAME TO t2");
        assertThat(alter.ifExists()).isTrue();
        assertThat(alter.actions()).hasSize(12);
        assertThat(((AddColumn) alter.actions().get(0)).ifNotExists()).isTrue();
        assertThat(alter.actions().get(1)).isInstanceOf(AddConstraint.class);
        assertThat(alter.actions().get(2)).isEqualTo(new DropColumn("d", false, true));
        assertThat(alter.actions().get(3)).isEqualTo(new DropConstraint("k", true));
        assertThat(alter.actions().get(4)).isEqualTo(new AlterColumn("e", AlterColumn.Change.SET_DEFAULT, new IntegerLiteral(1), null));
        assertThat(((AlterColumn) alter.actions().get(5)).change()).isEqualTo(AlterColumn.Change.DROP_DEFAULT);
        assertThat(((AlterColumn) alter.actions().get(6)).change()).isEqualTo(AlterColumn.Change.SET_NOT_NULL);
        assertThat(((AlterColumn) alter.actions().get(7)).change()).isEqualTo(AlterColumn.Change.DROP_NOT_NULL);
        assertThat(((AlterColumn) alter.actions().get(8)).type()).isEqualTo(new TypeName("bigint", List.of(), false));
        assertThat(((AlterColumn) alter.actions().get(9)).type().name()).isEqualTo("text");
        assertThat(alter.actions().get(10)).isEqualTo(new RenameColumn("k", "l"));
        assertThat(alter.actions().get(11)).isEqualTo(new RenameTable("t2"));
    }

    @Test
    void transactions() {
        TransactionStatement begin = parse("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        assertThat(begin.kind()).isEqualTo(TransactionStatement.Kind.BEGIN);
        assertThat(begin.isolationLevel()).isEqualTo(TransactionStatement.IsolationLevel.REPEATABLE_READ);
        assertThat(begin.readOnly()).isTrue();
        assertThat(((TransactionStatement) parse("START TRANSACTION READ WRITE")).readOnly()).isFalse();
        assertThat(((TransactionStatement) parse("BEGIN")).isolationLevel()).isNull();
        assertThat(((TransactionStatement) parse("COMMIT")).kind()).isEqualTo(TransactionStatement.Kind.COMMIT);
        assertThat(((TransactionStatement) parse("END TRANSACTION")).kind()).isEqualTo(TransactionStatement.Kind.COMMIT);
        assertThat(((TransactionStatement) parse("ROLLBACK WORK")).kind()).isEqualTo(TransactionStatement.Kind.ROLLBACK);
        TransactionStatement rollbackTo = parse("ROLLBACK TO SAVEPOINT s1");
        assertThat(rollbackTo.kind()).isEqualTo(TransactionStatement.Kind.ROLLBACK_TO_SAVEPOINT);
        assertThat(rollbackTo.savepoint()).isEqualTo("s1");
        assertThat(((TransactionStatement) parse("SAVEPOINT s2")).savepoint()).isEqualTo("s2");
        assertThat(((TransactionStatement) parse("RELEASE s3")).kind()).isEqualTo(TransactionStatement.Kind.RELEASE_SAVEPOINT);
        TransactionStatement set = parse("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
        assertThat(set.kind()).isEqualTo(TransactionStatement.Kind.SET_TRANSACTION);
        assertThat(set.isolationLevel()).isEqualTo(TransactionStatement.IsolationLevel.SERIALIZABLE);
    }

    @Test
    void utilityStatements() {
        SetStatement set = parse("SET search_path TO public, \"My Schema\"");
        assertThat(set.name()).isEqualTo("search_path");
        assertThat(set.values()).containsExactly(new StringLiteral("public"), new StringLiteral("My Schema"));
        assertThat(((SetStatement) parse("SET LOCAL statement_timeout = 100")).local()).isTrue();
        assertThat(((SetStatement) parse("SET TIME ZONE 'UTC'")).name()).isEqualTo("timezone");
        assertThat(((SetStatement) parse("SET x TO DEFAULT")).values()).isEmpty();
        assertThat((Statement) parse("SHOW ALL")).isEqualTo(new ShowStatement("all"));
        assertThat((Statement) parse("SHOW TRANSACTION ISOLATION LEVEL")).isEqualTo(new ShowStatement("transaction_isolation"));
        assertThat((Statement) parse("RESET ALL")).isEqualTo(new ResetStatement("all"));
        ExplainStatement explain = parse("EXPLAIN ANALYZE VERBOSE SELECT 1");
        assertThat(explain.analyze()).isTrue();
        assertThat(explain.verbose()).isTrue();
        assertThat(explain.statement()).isInstanceOf(SelectStatement.class);
        ExplainStatement options = parse("EXPLAIN (ANALYZE, COSTS OFF, VERBOSE false) DELETE FROM t");
        assertThat(options.analyze()).isTrue();
        assertThat(options.verbose()).isFalse();
        assertThat(((AnalyzeStatement) parse("ANALYZE")).table()).isNull();
        assertThat(((AnalyzeStatement) parse("ANALYZE t")).table().name()).isEqualTo("t");
        assertThat(((TruncateStatement) parse("TRUNCATE TABLE a, b RESTART IDENTITY CASCADE")).tables()).hasSize(2);
        assertThat((Statement) parse("PRAGMA foreign_keys = ON")).isEqualTo(new PragmaStatement("foreign_keys", new StringLiteral("on")));
        assertThat((Statement) parse("PRAGMA table_info(t)")).isEqualTo(new PragmaStatement("table_info", new StringLiteral("t")));
        assertThat(((ReindexStatement) parse("REINDEX")).name()).isNull();
        assertThat(((VacuumStatement) parse("VACUUM FULL t")).table().name()).isEqualTo("t");
    }

    @Test
    void scripts() {
        List<Statement> statements = SqlParser.parseScript(";; CREATE TABLE t (a int); INSERT INTO t VALUES (1);;\n-- done\n");
        assertThat(statements).hasSize(2);
        assertThat(SqlParser.parseScript("  -- only a comment")).isEmpty();
    }

    @Test
    void nonReservedKeywordsAreNames() {
        for (String word : List.of("key", "name", "value", "type", "year", "date", "time", "text", "data", "action", "first",
                "last", "no", "view", "index", "trigger", "temp", "schema", "level", "position", "timestamp", "interval")) {
            String sql = "CREATE TABLE " + word + " (" + word + " int); INSERT INTO " + word + " (" + word + ") VALUES (1); "
                    + "SELECT " + word + ", " + word + "." + word + " AS " + word + " FROM " + word + " AS " + word
                    + " WHERE " + word + " > 0 ORDER BY " + word;
            assertThat(SqlParser.parseScript(sql)).as(word).hasSize(3);
        }
    }
}
