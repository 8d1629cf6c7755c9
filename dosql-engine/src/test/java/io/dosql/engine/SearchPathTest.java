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
}
