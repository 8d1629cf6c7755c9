package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.FunctionTable;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.JoinedTable;
import io.dosql.parser.ast.LockingClause;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SetOperation;
import io.dosql.parser.ast.SubqueryTable;
import io.dosql.parser.ast.ValuesBody;
import org.junit.jupiter.api.Test;

class QueryParsingTest {

    private static SelectCore core(String sql) {
        return (SelectCore) SqlParser.parseQuery(sql).body();
    }

    @Test
    void selectListAliasesAndStars() {
        SelectCore select = core("SELECT *, t.*, a b, a AS \"B\", 1 AS from, a key FROM t");
        assertThat(select.items().get(0)).isEqualTo(new AllColumns(null));
        assertThat(((AllColumns) select.items().get(1)).qualifier().parts()).containsExactly("t");
        assertThat(((ExpressionItem) select.items().get(2)).alias()).isEqualTo("b");
        assertThat(((ExpressionItem) select.items().get(3)).alias()).isEqualTo("B");
        assertThat(((ExpressionItem) select.items().get(4)).alias()).isEqualTo("from");
        assertThat(((ExpressionItem) select.items().get(5)).alias()).isEqualTo("key");
        assertThat(core("SELECT FROM t").items()).isEmpty();
        assertThat(core("SELECT ALL a FROM t").distinct()).isFalse();
    }

    @Test
    void distinctOn() {
        SelectCore select = core("SELECT DISTINCT ON (a, b) a, c FROM t");
        assertThat(select.distinct()).isTrue();
        assertThat(select.distinctOn()).hasSize(2);
    }

    @Test
    void clauses() {
        SelectCore select = core("SELECT a, count(*) FROM t WHERE b > 1 GROUP BY a HAVING count(*) > 2 WINDOW w AS (ORDER BY a)");
        assertThat(select.where()).isNotNull();
        assertThat(select.groupBy()).hasSize(1);
        assertThat(select.having()).isNotNull();
        assertThat(select.windows().get(0).name()).isEqualTo("w");
    }

    @Test
    void joins() {
        SelectCore select = core("SELECT * FROM a JOIN b ON a.x = b.x LEFT OUTER JOIN c USING (y) CROSS JOIN d NATURAL FULL JOIN e, f");
        assertThat(select.from()).hasSize(2);
        JoinedTable natural = (JoinedTable) select.from().get(0);
        assertThat(natural.natural()).isTrue();
        assertThat(natural.type()).isEqualTo(JoinedTable.JoinType.FULL);
        JoinedTable cross = (JoinedTable) natural.left();
        assertThat(cross.type()).isEqualTo(JoinedTable.JoinType.CROSS);
        JoinedTable left = (JoinedTable) cross.left();
        assertThat(left.type()).isEqualTo(JoinedTable.JoinType.LEFT);
        assertThat(left.usingColumns()).containsExactly("y");
        JoinedTable inner = (JoinedTable) left.left();
        assertThat(inner.type()).isEqualTo(JoinedTable.JoinType.INNER);
        assertThat(inner.condition()).isNotNull();
        JoinedTable nested = (JoinedTable) core("SELECT * FROM a JOIN b JOIN c ON p ON q").from().get(0);
        assertThat(nested.right()).isInstanceOf(JoinedTable.class);
        assertThat(core("SELECT * FROM (a JOIN b ON true) LEFT JOIN c ON true").from().get(0)).isInstanceOf(JoinedTable.class);
    }

    @Test
    void tableAliasesDerivedTablesAndFunctions() {
        NamedTable named = (NamedTable) core("SELECT * FROM s.t AS x (a, b)").from().get(0);
        assertThat(named.name().parts()).containsExactly("s", "t");
        assertThat(named.alias()).isEqualTo("x");
        assertThat(named.columnAliases()).containsExactly("a", "b");
        assertThat(named.position()).isEqualTo(15);
        assertThat(((NamedTable) core("SELECT * FROM t data").from().get(0)).alias()).isEqualTo("data");
        SubqueryTable derived = (SubqueryTable) core("SELECT * FROM LATERAL (SELECT 1) AS d(n)").from().get(0);
        assertThat(derived.lateral()).isTrue();
        assertThat(derived.columnAliases()).containsExactly("n");
        FunctionTable series = (FunctionTable) core("SELECT * FROM generate_series(1, 10) g(n)").from().get(0);
        assertThat(series.function().name().name()).isEqualTo("generate_series");
        assertThat(series.alias()).isEqualTo("g");
        assertThat(((SubqueryTable) core("SELECT * FROM ((SELECT 1) UNION (SELECT 2)) u").from().get(0)).alias()).isEqualTo("u");
    }

    @Test
    void setOperationsIntersectBindsTighter() {
        SetOperation union = (SetOperation) SqlParser.parseQuery("SELECT 1 UNION SELECT 2 INTERSECT SELECT 3").body();
        assertThat(union.operator()).isEqualTo(SetOperation.Operator.UNION);
        assertThat(((SetOperation) union.right()).operator()).isEqualTo(SetOperation.Operator.INTERSECT);
        SetOperation except = (SetOperation) SqlParser.parseQuery("SELECT 1 EXCEPT ALL SELECT 2 UNION DISTINCT SELECT 3").body();
        assertThat(except.operator()).isEqualTo(SetOperation.Operator.UNION);
        assertThat(((SetOperation) except.left()).all()).isTrue();
        SetOperation parenthesised = (SetOperation) SqlParser.parseQuery("(SELECT 1 ORDER BY 1 LIMIT 1) UNION SELECT 2").body();
        assertThat(parenthesised.left()).isInstanceOf(Query.class);
    }

    @Test
    void orderLimitOffsetFetchAndLocking() {
        Query query = SqlParser.parseQuery("SELECT a FROM t ORDER BY a DESC NULLS LAST, b OFFSET 5 LIMIT 10 FOR UPDATE OF t SKIP LOCKED");
        assertThat(query.orderBy()).hasSize(2);
        assertThat(query.orderBy().get(0).ascending()).isFalse();
        assertThat(query.orderBy().get(0).nullsFirst()).isFalse();
        assertThat(query.orderBy().get(1).nullsFirst()).isNull();
        assertThat(query.limit()).isEqualTo(new IntegerLiteral(10));
        assertThat(query.offset()).isEqualTo(new IntegerLiteral(5));
        assertThat(query.locking().waitPolicy()).isEqualTo(LockingClause.WaitPolicy.SKIP_LOCKED);
        assertThat(SqlParser.parseQuery("SELECT a FROM t ORDER BY a USING >, b USING <").orderBy())
                .extracting(item -> item.ascending()).containsExactly(false, true);
        Query fetch = SqlParser.parseQuery("SELECT a FROM t OFFSET 2 ROWS FETCH FIRST 3 ROWS ONLY");
        assertThat(fetch.limit()).isEqualTo(new IntegerLiteral(3));
        assertThat(SqlParser.parseQuery("SELECT 1 FETCH NEXT ROW ONLY").limit()).isEqualTo(new IntegerLiteral(1));
        assertThat(SqlParser.parseQuery("SELECT 1 LIMIT ALL").limit()).isNull();
        Query sqlite = SqlParser.parseQuery("SELECT 1 LIMIT 5, 10");
        assertThat(sqlite.offset()).isEqualTo(new IntegerLiteral(5));
        assertThat(sqlite.limit()).isEqualTo(new IntegerLiteral(10));
    }

    @Test
    void withAndValues() {
        Query query = SqlParser.parseQuery("WITH RECURSIVE r(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r");
        assertThat(query.with().recursive()).isTrue();
        assertThat(query.with().tables().get(0).columnNames()).containsExactly("n");
        ValuesBody values = (ValuesBody) SqlParser.parseQuery("VALUES (1, 'a'), (2, DEFAULT)").body();
        assertThat(values.rows()).hasSize(2);
        assertThat(SqlParser.parseQuery("TABLE t").body()).isInstanceOf(SelectCore.class);
        assertThat(SqlParser.parseQuery("(SELECT 1)").body()).isInstanceOf(SelectCore.class);
    }

    @Test
    void columnReferencePositions() {
        ExpressionItem item = (ExpressionItem) core("SELECT  t.col FROM t").items().get(0);
        assertThat(((ColumnReference) item.expression()).position()).isEqualTo(9);
    }
}
