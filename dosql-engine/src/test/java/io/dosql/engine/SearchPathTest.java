package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SET search_path decides where unqualified names are looked up and created (PostgreSQL's rules). */
class SearchPathTest extends SqlTestSupport {
    @Test
    void createAndLookUpInTheFirstSchema() {
        run("CREATE SCHEMA s1; SET search_path TO s1; CREATE TABLE t (a int); INSERT INTO t VALUES (1)");
        assertThat(single("SELECT count(*) FROM s1.t")).isEqualTo("1");
        assertThat(failure("SELECT * FROM public.t").sqlState()).isEqualTo("42P01");
        run("RESET search_path");
        assertThat(failure("SELECT * FROM t").sqlState()).isEqualTo("42P01");
    }

    @Test
    void lookupFallsThroughToLaterSchemas() {
        run("CREATE TABLE p (a int); INSERT INTO p VALUES (7); CREATE SCHEMA s1;"
                + "CREATE TABLE s1.p (a int); INSERT INTO s1.p VALUES (1);"
                + "CREATE TABLE only_public (b int); SET search_path = s1, public");
        assertThat(single("SELECT a FROM p")).isEqualTo("1");
        assertThat(single("SELECT count(*) FROM only_public")).isEqualTo("0");
        run("SET search_path = public, s1");
        assertThat(single("SELECT a FROM p")).isEqualTo("7");
    }

    @Test
    void missingSchemasAreSkippedAndDropFollowsThePath() {
        run("CREATE SCHEMA s2; SET search_path = nosuch, s2; CREATE TABLE t (a int)");
        assertThat(single("SELECT count(*) FROM s2.t")).isEqualTo("0");
        run("DROP TABLE t");
        assertThat(failure("SELECT * FROM s2.t").sqlState()).isEqualTo("42P01");
        run("SET search_path = nosuch");
        assertThat(failure("CREATE TABLE u (a int)").sqlState()).isEqualTo("3F000");
    }

    @Test
    void preparedPlansFollowTheCurrentPath() {
        run("CREATE SCHEMA s1; CREATE TABLE p (a int); INSERT INTO p VALUES (7);"
                + "CREATE TABLE s1.p (a int); INSERT INTO s1.p VALUES (1)");
        assertThat(single("SELECT a FROM p")).isEqualTo("7");
        run("SET search_path = s1");
        assertThat(single("SELECT a FROM p")).isEqualTo("1");
    }

    /** A view's names resolve through the search_path of its CREATE VIEW (checked against PostgreSQL 15). */
    @Test
    void viewsResolveNamesAsWhenCreated() {
        run("CREATE SCHEMA s1; CREATE SCHEMA s2; CREATE TABLE s1.t (v text); CREATE TABLE s2.t (v text);"
                + "INSERT INTO s1.t VALUES ('one'); INSERT INTO s2.t VALUES ('two'), ('two')");
        run("SET search_path = s1, public; CREATE VIEW public.vt AS SELECT v FROM t");
        run("SET search_path = s2, public");
        assertThat(rows("SELECT * FROM vt")).containsExactly("one");
        run("SET search_path = public");
        assertThat(rows("SELECT * FROM vt")).containsExactly("one");
        // nor does a CTE of the using query replace the view's table
        assertThat(rows("WITH t AS (SELECT 'cte' AS v) SELECT * FROM vt")).containsExactly("one");
        run("SET search_path = s2, public; CREATE VIEW public.vt2 AS SELECT v, (SELECT count(*) FROM t) AS n FROM t");
        run("SET search_path = s1, public");
        assertThat(rows("SELECT * FROM vt2")).containsExactly("two|2", "two|2");
    }

    /**
     * Views depend on the tables they read: DROP TABLE refuses without CASCADE and drops them with it (PostgreSQL
     * 15); DROP VIEW … CASCADE drops the views reading that view.
     */
    @Test
    void dropRefusesOrCascadesToReadingViews() {
        run("CREATE TABLE src (id int, v text); CREATE VIEW sv AS SELECT id, v FROM src;"
                + "CREATE VIEW sv2 AS SELECT count(*) AS n FROM (SELECT * FROM sv) s WHERE EXISTS (SELECT 1 FROM src);"
                + "CREATE VIEW other AS SELECT 1 AS one");
        var table = failure("DROP TABLE src");
        assertThat(table.sqlState()).isEqualTo("2BP01");
        assertThat(table.detail()).contains("view sv depends on table src\nview sv2 depends on table src");
        run("BEGIN; DROP TABLE src CASCADE; ROLLBACK");
        assertThat(single("SELECT n FROM sv2")).isEqualTo("0");
        // DROP VIEW without CASCADE keeps the SQLite behaviour the shared corpus expects: the reader stays, broken
        run("BEGIN; DROP VIEW sv; ROLLBACK");
        run("DROP VIEW sv CASCADE");
        assertThat(failure("SELECT * FROM sv2").sqlState()).isEqualTo("42P01");
        run("DROP TABLE src");
        assertThat(single("SELECT one FROM other")).isEqualTo("1");
    }
}
