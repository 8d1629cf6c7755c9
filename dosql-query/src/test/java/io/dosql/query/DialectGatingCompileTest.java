package io.dosql.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Proves the dialect-gated API at compile time: snippets are compiled with javac against the module's
 * classes; the valid ones compile, and each misuse (RETURNING on MySQL, ON CONFLICT on MySQL, ON DUPLICATE
 * KEY on PostgreSQL, MERGE on SQLite, a String compared with a Long column, …) fails to compile.
 */
class DialectGatingCompileTest {
    private static final String PRELUDE = """
        import io.dosql.query.*;
        import io.dosql.query.dialect.*;
        import io.dosql.query.builder.*;
        import io.dosql.query.expression.*;
        import static io.dosql.query.expression.Expressions.*;
        import java.util.Map;
        import javax.sql.DataSource;
        """;
    private static final String TABLE = """
        record AccountRecord(Long id, String name) { }
        final class Account extends Table<AccountRecord> {
            final Column<Long> ID = column("id", Long.class);
            final Column<String> NAME = column("name", String.class);
            Account() { super(null, "account", null, AccountRecord.class); }
            public Account as(String alias) { return this; }
        }
        """;

    private static String snippet(String className, String body) {
        return PRELUDE + TABLE.replace("AccountRecord", className + "Record").replace("Account", className + "Table")
            .replace(className + "TableRecord", className + "Record")
            + "class " + className + " {\n  void run(DataSource ds) {\n    " + className + "Table account = new "
            + className + "Table();\n    " + body + "\n  }\n}\n";
    }

    @Test
    void validDialectSpecificCallsCompile() throws IOException {
        String body = """
            PostgresDb pg = DoQuery.using(ds, Dialect.POSTGRES);
                Db<Postgres> generic = pg;
                pg.insertInto("person").values(Map.of("id", 1)).onConflict("id").doNothing().returning("id");
                pg.update("person").set("age", 1).returning("age");
                pg.deleteFrom("person").returningAll();
                pg.mergeInto("a", "b", column("a.id").eq(column("b.id"))).whenMatchedThenDelete();
                MySqlDb mysql = DoQuery.mysql(ds);
                mysql.insertInto("person").values(Map.of("id", 1)).onDuplicateKeyUpdate(u -> u.setExcluded("id"));
                SqliteDb sqlite = DoQuery.sqlite(ds);
                sqlite.insertInto("person").values(Map.of("id", 1)).onConflict("id").doNothing().returning("id");
                DoSqlDb dosql = DoQuery.dosql(ds);
                dosql.mergeInto("a", "b", column("a.id").eq(column("b.id")));
                pg.selectFrom(account).where(account.ID.eq(1L)).where(account.NAME.eq("x"));
                pg.update(account).set(account.ID, 2L);
            """;
        Map<String, List<String>> errors = compile(Map.of("Valid", snippet("Valid", body)));
        assertThat(errors.get("Valid")).isEmpty();
    }

    @Test
    void misusesDoNotCompile() throws IOException {
        Map<String, String> misuses = new LinkedHashMap<>();
        misuses.put("ReturningOnMySql",
            "DoQuery.using(ds, Dialect.MYSQL).insertInto(\"t\").values(Map.of(\"id\", 1)).returning(\"id\");");
        misuses.put("UpdateReturningOnMySql", "DoQuery.mysql(ds).update(\"t\").set(\"a\", 1).returning(\"a\");");
        misuses.put("DeleteReturningOnMySql", "DoQuery.mysql(ds).deleteFrom(\"t\").returningAll();");
        misuses.put("OnConflictOnMySql", "DoQuery.mysql(ds).insertInto(\"t\").onConflict(\"id\");");
        misuses.put("OnDuplicateKeyOnPostgres",
            "DoQuery.using(ds, Dialect.POSTGRES).insertInto(\"t\").onDuplicateKeyUpdate(u -> u);");
        misuses.put("OnDuplicateKeyOnSqlite", "DoQuery.sqlite(ds).insertInto(\"t\").onDuplicateKeyUpdate(u -> u);");
        misuses.put("MergeOnSqlite", "DoQuery.sqlite(ds).mergeInto(\"a\", \"b\", column(\"a.id\").eq(column(\"b.id\")));");
        misuses.put("MergeOnMySql", "DoQuery.mysql(ds).mergeInto(\"a\", \"b\", column(\"a.id\").eq(column(\"b.id\")));");
        misuses.put("StringComparedWithLongColumn", "DoQuery.postgres(ds).selectFrom(account).where(account.ID.eq(\"x\"));");
        misuses.put("StringAssignedToLongColumn", "DoQuery.postgres(ds).update(account).set(account.ID, \"x\");");
        misuses.put("PostgresBuilderForMySql", "PostgresInsertQueryBuilder<MySql> builder = null;");
        misuses.put("MixedDialectUnion",
            "DoQuery.postgres(ds).selectFrom(\"a\").union(DoQuery.mysql(ds).selectFrom(\"b\"));");
        Map<String, String> sources = new LinkedHashMap<>();
        misuses.forEach((name, body) -> sources.put(name, snippet(name, body)));
        Map<String, List<String>> errors = compile(sources);
        for (String name : misuses.keySet()) {
            assertThat(errors.get(name)).as(name + " must not compile").isNotEmpty();
        }
        assertThat(String.join("\n", errors.get("ReturningOnMySql"))).contains("returning");
        assertThat(String.join("\n", errors.get("OnDuplicateKeyOnPostgres"))).contains("onDuplicateKeyUpdate");
        assertThat(String.join("\n", errors.get("MergeOnSqlite"))).contains("mergeInto");
    }

    /** Compiles the sources together; returns each class's error messages. */
    private static Map<String, List<String>> compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> files = new ArrayList<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        sources.forEach((name, source) -> {
            errors.put(name, new ArrayList<>());
            files.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        });
        Path output = Files.createTempDirectory("gating");
        String classes;
        try {
            classes = Paths.get(Db.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        compiler.getTask(null, null, diagnostics, List.of("-classpath", classes, "-d", output.toString(),
            "-proc:none"), null, files).call();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
                String name = Paths.get(diagnostic.getSource().toUri().getPath()).getFileName().toString()
                    .replace(".java", "");
                errors.get(name).add(diagnostic.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
