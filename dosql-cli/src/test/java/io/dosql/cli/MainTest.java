package io.dosql.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    /** What one run of the command printed and returned. */
    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scriptFromStandardInputPrintsLikePsql() {
        Outcome outcome = run(String.join("\n",
                "create table users(id int primary key, name text, score numeric(5,2));",
                "insert into users values (1, 'alice', 1.5),",
                "  (22, 'bo', null);",
                "select * from users order by id;",
                "select 1 where false;"));
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).isEqualTo(String.join("\n",
                "CREATE TABLE",
                "INSERT 0 2",
                " id | name  | score ",
                "----+-------+-------",
                "  1 | alice |  1.50",
                " 22 | bo    |      ",
                "(2 rows)",
                "",
                " ?column? ",
                "----------",
                "(0 rows)",
                "",
                ""));
    }

    @Test
    void errorsAreReportedAndTheScriptGoesOn() {
        Outcome outcome = run(String.join("\n",
                "create table t(a int);",
                "select * form t;",
                "select 1/0;",
                "insert into t values (7);",
                "select a from t;"));
        assertThat(outcome.status()).as("any error makes a script exit with 1").isEqualTo(1);
        assertThat(outcome.err()).isEqualTo(String.join("\n",
                "ERROR:  syntax error at or near \"form\" (SQLSTATE 42601)",
                "LINE 1: select * form t",
                "                 ^",
                "ERROR:  division by zero (SQLSTATE 22012)",
                ""));
        assertThat(outcome.out()).contains("INSERT 0 1").contains(" a \n---\n 7\n(1 row)\n");
    }

    @Test
    void hintsAreShown() {
        Outcome outcome = run("create table users(name text);\nselect nmae from users;\n");
        assertThat(outcome.err()).startsWith("ERROR:  column \"nmae\" does not exist (SQLSTATE 42703)\n"
                + "LINE 1: select nmae from users\n               ^\nHINT:  ");
    }

    @Test
    void commandOptionRunsEachCommand() {
        Outcome outcome = run("select 'ignored';", "-c", "create table t(a int); insert into t values (1), (2)",
                "-c", "select count(*) as n from t", "-c", "\\dt");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).isEqualTo(String.join("\n",
                "CREATE TABLE",
                "INSERT 0 2",
                " n ",
                "---",
                " 2",
                "(1 row)",
                "",
                "   List of relations",
                " Schema | Name | Type  ",
                "--------+------+-------",
                " public | t    | table",
                "(1 row)",
                "",
                ""));
    }

    @Test
    void describeShowsColumnsAndIndexes() {
        Outcome outcome = run(String.join("\n",
                "create table items(id serial primary key, name varchar(20) not null, price numeric(8,2));",
                "create index items_name on items(name);",
                "\\d items",
                "\\di"));
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.out()).contains(
                " Column |         Type          | Collation | Nullable |",
                " id     | integer               |           | not null |",
                " name   | character varying(20) |           | not null |",
                " price  | numeric(8,2)          |           |          |",
                "Indexes:\n    \"items_pkey\" PRIMARY KEY, btree (id)\n    \"items_name\" btree (name)\n",
                " public | items_name | index | items",
                " public | items_pkey | index | items");
        assertThat(outcome.out()).contains("Table \"public.items\"");
    }

    @Test
    void metaCommandsTimingHelpQuitAndUnknown() {
        Outcome outcome = run(String.join("\n", "\\timing", "select 1;", "\\timing off", "\\?", "\\bogus",
                "\\d nothing_here", "\\q", "select 'after quit';"));
        assertThat(outcome.out()).contains("Timing is on.").containsPattern("(?m)^Time: \\d+\\.\\d{3} ms$")
                .contains("Timing is off.").contains("\\d NAME").doesNotContain("after quit");
        assertThat(outcome.err()).contains("invalid command \\bogus\nTry \\? for help.")
                .contains("Did not find any relation named \"nothing_here\".");
        assertThat(outcome.status()).isEqualTo(1);
        assertThat(run("\\d").out()).isEqualTo("Did not find any relations.\n");
    }

    @Test
    void multiLineStatementsAndQuotedSemicolons() {
        Outcome outcome = run("select 'a;b' as x,\n  -- a comment; with a semicolon\n  2 as y\n;\nselect $$c;d$$ as z");
        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.out()).contains(" a;b | 2").contains(" c;d\n");
    }

    @Test
    void returningPrintsRowsThenTheTag() {
        Outcome outcome = run("create table t(id serial, v int);\ninsert into t(v) values (5) returning id;");
        assertThat(outcome.out()).endsWith(" id \n----\n  1\n(1 row)\n\nINSERT 0 1\n");
    }

    @Test
    void helpVersionAndBadArguments() {
        assertThat(run("", "--help").out()).contains("Usage: dosql").contains("-c, --command");
        assertThat(run("", "--version").out()).isEqualTo("dosql " + Main.VERSION + "\n");
        assertThat(run("", "--frobnicate").status()).isEqualTo(2);
        assertThat(run("", "-c").status()).isEqualTo(2);
    }

    @Test
    void aDirectoryInUseCannotBeOpened(@TempDir Path directory) {
        try (io.dosql.engine.Database held = io.dosql.engine.Database.open(directory)) {
            Outcome outcome = run("", directory.toString());
            assertThat(outcome.status()).isEqualTo(2);
            assertThat(outcome.err()).contains("55006").contains(directory.toString());
        }
    }

    @Test
    void aPathArgumentOpensADurableDatabase(@TempDir Path directory) {
        String path = directory.resolve("shop").toString();
        Outcome created = run("", path, "-c", "create table items(id serial primary key, name text)",
                "-c", "insert into items(name) values ('pen'), ('ink')");
        assertThat(created.err()).isEmpty();
        assertThat(created.status()).isZero();
        Outcome reopened = run("select id, name from items order by id;", path);
        assertThat(reopened.err()).isEmpty();
        assertThat(reopened.out()).isEqualTo(String.join("\n",
                " id | name ",
                "----+------",
                "  1 | pen",
                "  2 | ink",
                "(2 rows)",
                "",
                ""));
        assertThat(Files.isDirectory(directory.resolve("shop"))).isTrue();
    }

    @Test
    void fileOptionRunsAScript(@TempDir Path directory) throws Exception {
        Path script = directory.resolve("script.sql");
        Files.writeString(script, "select 40 + 2 as answer;\n");
        Outcome outcome = run("", "-f", script.toString());
        assertThat(outcome.out()).isEqualTo(" answer \n--------\n     42\n(1 row)\n\n");
    }

    @Test
    void sharedDatabaseUrlIsAccepted() {
        Outcome outcome = run("select 1 as one;", "jdbc:dosql:mem:cli_test");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains(" one \n-----\n   1\n");
    }
}
