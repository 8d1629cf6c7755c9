package io.dosql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** COMMENT ON TABLE / VIEW / COLUMN: kept in the catalog, undone by ROLLBACK; errors as PostgreSQL 15 gives them. */
class CommentTest extends SqlTestSupport {
    private CatalogSnapshot.Table table(String name) {
        return session.catalog().tables().stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void commentsAreKeptChangedAndRemoved() {
        run("CREATE TABLE ct (a int, b text); CREATE VIEW cv AS SELECT a FROM ct");
        assertThat(execute("COMMENT ON TABLE ct IS 'the table'").commandTag()).isEqualTo("COMMENT");
        run("COMMENT ON COLUMN ct.b IS 'the column'; COMMENT ON VIEW cv IS 'the view'; COMMENT ON COLUMN public.ct.a IS 'a''s'");
        assertThat(table("ct").remarks()).isEqualTo("the table");
        assertThat(table("ct").columns().get(0).remarks()).isEqualTo("a's");
        assertThat(table("ct").columns().get(1).remarks()).isEqualTo("the column");
        assertThat(table("cv").remarks()).isEqualTo("the view");
        run("BEGIN; COMMENT ON TABLE ct IS 'changed'; COMMENT ON COLUMN ct.b IS NULL; ROLLBACK");
        assertThat(table("ct").remarks()).isEqualTo("the table");
        assertThat(table("ct").columns().get(1).remarks()).isEqualTo("the column");
        run("COMMENT ON TABLE ct IS NULL");
        assertThat(table("ct").remarks()).isNull();
        run("DROP VIEW cv; CREATE VIEW cv AS SELECT b FROM ct");
        assertThat(table("cv").remarks()).isNull();
    }

    @Test
    void errors() {
        run("CREATE TABLE ct (a int)");
        var column = failure("COMMENT ON COLUMN ct.zz IS 'x'");
        assertThat(column.sqlState()).isEqualTo("42703");
        assertThat(column.getMessage()).isEqualTo("column \"zz\" of relation \"ct\" does not exist");
        assertThat(failure("COMMENT ON TABLE nope IS 'x'").sqlState()).isEqualTo("42P01");
        assertThat(failure("COMMENT ON FUNCTION f IS 'x'").sqlState()).isEqualTo("0A000");
        assertThat(failure("COMMENT ON TABLE ct IS 42").sqlState()).isEqualTo("42601");
    }
}
