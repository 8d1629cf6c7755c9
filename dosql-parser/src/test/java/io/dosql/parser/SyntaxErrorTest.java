package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** Messages and positions checked against PostgreSQL 15 ({@code psql}: the caret of {@code LINE 1: …}). */
class SyntaxErrorTest {

    private static DoSqlException error(String sql) {
        DoSqlException error = catchThrowableOfType(() -> SqlParser.parseScript(sql), DoSqlException.class);
        assertThat(error).as("error for %s", sql).isNotNull();
        assertThat(error.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
        assertThat(error.sqlState()).isEqualTo("42601");
        return error;
    }

    private static void assertError(String sql, String message, int position) {
        DoSqlException error = error(sql);
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.position()).isEqualTo(position);
    }

    @Test
    void unexpectedTokenIsQuotedAsWritten() {
        assertError("SELECT 1 FROM FROM", "syntax error at or near \"FROM\"", 15);
        assertError("select 1 2", "syntax error at or near \"2\"", 10);
        assertError("select 1 from t where x = 'abc' 'd'", "syntax error at or near \"'d'\"", 33);
        assertError("select * from t limit 1 limit 2", "syntax error at or near \"limit\"", 25);
        assertError("select a year from t", "syntax error at or near \"year\"", 10);
    }

    @Test
    void comparisonsAndPatternsAreNonAssociative() {
        assertError("select 1 < 2 = true", "syntax error at or near \"=\"", 14);
        assertError("select 1 = 1 <> true", "syntax error at or near \"<>\"", 14);
        assertError("select 'a' like 'b' like 'c'", "syntax error at or near \"like\"", 21);
        assertError("select 1 between 0 and 2 between true and true", "syntax error at or near \"between\"", 26);
        assertThat(SqlParser.parseScript("select 1 in (1) in (true), 1 is null is null, 'a' like 'b' = true")).hasSize(1);
    }

    @Test
    void endOfInput() {
        assertError("select 1 from", "syntax error at end of input", 14);
        assertError("select 1 +", "syntax error at end of input", 11);
        assertError("select 1 where", "syntax error at end of input", 15);
        assertError("SELECT (1", "syntax error at end of input", 10);
    }

    @Test
    void lexicalErrors() {
        assertError("select 'abc", "unterminated quoted string at or near \"'abc\"", 8);
        assertError("select /* x", "unterminated /* comment at or near \"/* x\"", 8);
        assertError("select /* a /* b */ c", "unterminated /* comment at or near \"/* a /* b */ c\"", 8);
        assertError("select \"\"", "zero-length delimited identifier at or near \"\"\"\"", 8);
        assertError("select \"abc", "unterminated quoted identifier at or near \"\"abc\"", 8);
        assertError("select $$abc", "unterminated dollar-quoted string at or near \"$$abc\"", 8);
        assertError("select x'zz'", "\"z\" is not a valid hexadecimal digit", 8);
    }

    @Test
    void reservedWordsNeedQuotingAsNames() {
        assertError("CREATE TABLE select (a int)", "syntax error at or near \"select\"", 14);
        assertError("SELECT * FROM t AS from", "syntax error at or near \"from\"", 20);
        assertThat(SqlParser.parseScript("CREATE TABLE \"select\" (\"from\" int)")).hasSize(1);
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        String sql = "SELECT " + "(".repeat(100_000) + "1" + ")".repeat(100_000);
        DoSqlException error = catchThrowableOfType(() -> SqlParser.parseStatement(sql), DoSqlException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.STATEMENT_TOO_COMPLEX);
        String deepButFine = "SELECT " + "(".repeat(200) + "1" + ")".repeat(200);
        assertThat(SqlParser.parseStatement(deepButFine)).isNotNull();
    }

    @Test
    void postgreSqlStatementsWithoutSupportAreRefusedAsSuch() {
        assertUnsupported("CREATE DOMAIN d AS int", "CREATE DOMAIN is not supported", 8);
        assertUnsupported("DROP FUNCTION f", "DROP FUNCTION is not supported", 6);
        assertUnsupported("ALTER VIEW v RENAME TO w", "ALTER VIEW is not supported", 7);
        assertUnsupported("  COPY t FROM STDIN", "COPY is not supported", 3);
        assertUnsupported("PREPARE p AS SELECT 1", "PREPARE is not supported", 1);
        assertError("CREATE TEMP SCHEMA s", "syntax error at or near \"SCHEMA\"", 13);
        assertError("SELEC 1", "syntax error at or near \"SELEC\"", 1);
        assertError("CREATE BANANA b", "syntax error at or near \"BANANA\"", 8);
    }

    private static void assertUnsupported(String sql, String message, int position) {
        DoSqlException error = catchThrowableOfType(() -> SqlParser.parseStatement(sql), DoSqlException.class);
        assertThat(error.code()).isEqualTo(ErrorCode.FEATURE_NOT_SUPPORTED);
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.position()).isEqualTo(position);
    }

    @Test
    void groupingSetsParseIntoTheirSets() {
        var rollup = (io.dosql.parser.ast.SelectStatement) SqlParser.parseStatement(
                "SELECT a FROM t GROUP BY ROLLUP (a, (b, c)), CUBE (d, e), GROUPING SETS ((a), (), (b, c), ROLLUP (f))");
        var groupBy = ((io.dosql.parser.ast.SelectCore) rollup.query().body()).groupBy();
        assertThat(groupBy).hasSize(3);
        assertThat(sets(groupBy.get(0))).containsExactly("a,b,c", "a", "");
        assertThat(sets(groupBy.get(1))).containsExactly("d,e", "d", "e", "");
        assertThat(sets(groupBy.get(2))).containsExactly("a", "", "b,c", "f", "");
        assertThat(SqlPrinter.print(rollup)).contains("GROUP BY GROUPING SETS ((a, b, c), (a), ())");
        assertThat(SqlPrinter.print(SqlParser.parseStatement(SqlPrinter.print(rollup)))).isEqualTo(SqlPrinter.print(rollup));
        DoSqlException tooMany = catchThrowableOfType(() -> SqlParser.parseStatement(
                "SELECT 1 FROM t GROUP BY CUBE (a, b, c, d, e, f, g, h, i, j, k, l, m)"), DoSqlException.class);
        assertThat(tooMany.sqlState()).isEqualTo("54000");
    }

    private static java.util.List<String> sets(io.dosql.parser.ast.Expression item) {
        return ((io.dosql.parser.ast.GroupingSets) item).sets().stream()
                .map(set -> String.join(",", set.stream().map(SqlPrinter::print).toList())).toList();
    }

    @Test
    void parseStatementRejectsSeveralStatements() {
        DoSqlException error = catchThrowableOfType(() -> SqlParser.parseStatement("SELECT 1; SELECT 2"), DoSqlException.class);
        assertThat(error.sqlState()).isEqualTo("42601");
        assertThat(SqlParser.parseStatement("SELECT 1;")).isNotNull();
        assertThat(catchThrowableOfType(() -> SqlParser.parseStatement(""), DoSqlException.class).getMessage())
                .isEqualTo("syntax error at end of input");
    }
}
