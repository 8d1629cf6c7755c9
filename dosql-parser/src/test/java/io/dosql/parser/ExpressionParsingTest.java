package io.dosql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.parser.ast.ArrayConstructor;
import io.dosql.parser.ast.Between;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.BinaryOperation.Operator;
import io.dosql.parser.ast.BooleanLiteral;
import io.dosql.parser.ast.CaseExpression;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.CollateExpression;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.DecimalLiteral;
import io.dosql.parser.ast.Exists;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FrameBound;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.InList;
import io.dosql.parser.ast.InSubquery;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.IsBoolean;
import io.dosql.parser.ast.IsDistinctFrom;
import io.dosql.parser.ast.IsNull;
import io.dosql.parser.ast.Like;
import io.dosql.parser.ast.NullLiteral;
import io.dosql.parser.ast.Parameter;
import io.dosql.parser.ast.QuantifiedComparison;
import io.dosql.parser.ast.RowConstructor;
import io.dosql.parser.ast.ScalarSubquery;
import io.dosql.parser.ast.StringLiteral;
import io.dosql.parser.ast.TypeName;
import io.dosql.parser.ast.TypedLiteral;
import io.dosql.parser.ast.UnaryOperation;
import io.dosql.parser.ast.WindowFrame;
import java.math.BigDecimal;
import org.assertj.core.api.RecursiveComparisonAssert;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionParsingTest {

    private static Expression parse(String sql) {
        return SqlParser.parseExpression(sql);
    }

    /** Compares trees ignoring source positions. */
    private static RecursiveComparisonAssert<?> assertTree(Expression actual) {
        return assertThat(actual).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?position");
    }

    private static ColumnReference column(String... parts) {
        return new ColumnReference(List.of(parts), 0);
    }

    /** Renders an expression fully parenthesised, to compare tree shapes compactly. */
    private static String shape(Expression expression) {
        if (expression instanceof BinaryOperation) {
            BinaryOperation binary = (BinaryOperation) expression;
            return "(" + shape(binary.left()) + " " + binary.operator().symbol() + " " + shape(binary.right()) + ")";
        }
        if (expression instanceof UnaryOperation) {
            UnaryOperation unary = (UnaryOperation) expression;
            String symbol = switch (unary.operator()) {
                case NEGATE -> "-";
                case PLUS -> "+";
                case NOT -> "NOT ";
                case BITWISE_NOT -> "~";
            };
            return "(" + symbol + shape(unary.operand()) + ")";
        }
        if (expression instanceof IsNull) {
            IsNull isNull = (IsNull) expression;
            return "(" + shape(isNull.operand()) + (isNull.negated() ? " IS NOT NULL)" : " IS NULL)");
        }
        if (expression instanceof ColumnReference) {
            return String.join(".", ((ColumnReference) expression).parts());
        }
        if (expression instanceof IntegerLiteral) {
            return Long.toString(((IntegerLiteral) expression).value());
        }
        if (expression instanceof Cast) {
            return "(" + shape(((Cast) expression).operand()) + "::" + ((Cast) expression).type().name() + ")";
        }
        if (expression instanceof Between) {
            Between between = (Between) expression;
            return "(" + shape(between.operand()) + " BETWEEN " + shape(between.low()) + " AND " + shape(between.high()) + ")";
        }
        if (expression instanceof Like) {
            Like like = (Like) expression;
            return "(" + shape(like.operand()) + " LIKE " + shape(like.pattern()) + ")";
        }
        return expression.toString();
    }

    @Test
    void arithmeticPrecedenceAndLeftAssociativity() {
        assertThat(shape(parse("1 + 2 * 3"))).isEqualTo("(1 + (2 * 3))");
        assertThat(shape(parse("1 - 2 - 3"))).isEqualTo("((1 - 2) - 3)");
        assertThat(shape(parse("a / b % c"))).isEqualTo("((a / b) % c)");
        assertThat(shape(parse("2 ^ 3 ^ 2"))).isEqualTo("((2 ^ 3) ^ 2)");
        assertThat(shape(parse("a * b ^ c"))).isEqualTo("(a * (b ^ c))");
        assertThat(shape(parse("a || b + c"))).isEqualTo("(a || (b + c))");
        assertThat(shape(parse("a + b = c || d"))).isEqualTo("((a + b) = (c || d))");
    }

    @Test
    void unaryMinusBindsTighterThanPowerAndMultiplication() {
        assertThat(shape(parse("- 5 * 3"))).isEqualTo("((-5) * 3)");
        assertThat(shape(parse("-2 ^ 2"))).isEqualTo("((-2) ^ 2)");
        assertThat(shape(parse("+ - 5"))).isEqualTo("(+(-5))");
        assertThat(shape(parse("-a::int"))).isEqualTo("(-(a::int))");
        assertThat(shape(parse("1 - -2"))).isEqualTo("(1 - (-2))");
    }

    @Test
    void notBindsLooserThanComparisonAndTighterThanAnd() {
        assertThat(shape(parse("NOT a = b"))).isEqualTo("(NOT (a = b))");
        assertThat(shape(parse("NOT a AND b"))).isEqualTo("((NOT a) AND b)");
        assertThat(shape(parse("a OR b AND c"))).isEqualTo("(a OR (b AND c))");
        assertThat(shape(parse("NOT a IS NULL"))).isEqualTo("(NOT (a IS NULL))");
        assertThat(shape(parse("a = b IS NULL"))).isEqualTo("((a = b) IS NULL)");
        assertThat(shape(parse("NOT NOT a"))).isEqualTo("(NOT (NOT a))");
    }

    @Test
    void betweenLikeAndInBindTighterThanComparison() {
        assertThat(shape(parse("a BETWEEN 1 AND 2 AND b"))).isEqualTo("((a BETWEEN 1 AND 2) AND b)");
        assertThat(shape(parse("a + 1 BETWEEN b - 1 AND c * 2"))).isEqualTo("((a + 1) BETWEEN (b - 1) AND (c * 2))");
        assertThat(shape(parse("a LIKE b || 'x'"))).contains("LIKE");
        assertTree(parse("a NOT BETWEEN SYMMETRIC 1 AND 2"))
                .isEqualTo(new Between(column("a"), new IntegerLiteral(1), new IntegerLiteral(2), true, true));
    }

    @Test
    void literals() {
        assertTree(parse("42")).isEqualTo(new IntegerLiteral(42));
        assertTree(parse("9223372036854775807")).isEqualTo(new IntegerLiteral(Long.MAX_VALUE));
        assertTree(parse("9223372036854775808"))
                .isEqualTo(new DecimalLiteral(new BigDecimal("9223372036854775808"), "9223372036854775808"));
        assertTree(parse("1.50")).isEqualTo(new DecimalLiteral(new BigDecimal("1.50"), "1.50"));
        assertTree(parse(".5")).isEqualTo(new DecimalLiteral(new BigDecimal(".5"), ".5"));
        assertTree(parse("1e3")).isEqualTo(new DecimalLiteral(new BigDecimal("1e3"), "1e3"));
        assertTree(parse("'it''s'")).isEqualTo(new StringLiteral("it's"));
        assertTree(parse("E'a\\nb\\'c\\x41'")).isEqualTo(new StringLiteral("a\nb'cA"));
        assertTree(parse("$$it's$$")).isEqualTo(new StringLiteral("it's"));
        assertTree(parse("$tag$a$$b$tag$")).isEqualTo(new StringLiteral("a$$b"));
        assertTree(parse("'a'\n'b'")).isEqualTo(new StringLiteral("ab"));
        assertTree(parse("X'ABcd'")).isEqualTo(new TypedLiteral(new TypeName("bytea", List.of(), false), "\\xabcd"));
        assertTree(parse("NULL")).isEqualTo(new NullLiteral());
        assertTree(parse("TRUE")).isEqualTo(new BooleanLiteral(true));
        assertTree(parse("false")).isEqualTo(new BooleanLiteral(false));
    }

    @Test
    void typedLiterals() {
        assertTree(parse("DATE '2024-01-31'")).isEqualTo(new TypedLiteral(new TypeName("date", List.of(), false), "2024-01-31"));
        assertTree(parse("TIMESTAMP WITH TIME ZONE '2024-01-31 10:00+02'"))
                .isEqualTo(new TypedLiteral(new TypeName("timestamp with time zone", List.of(), false), "2024-01-31 10:00+02"));
        assertTree(parse("TIMESTAMP(3) WITH TIME ZONE 'x'"))
                .isEqualTo(new TypedLiteral(new TypeName("timestamp with time zone", List.of(3), false), "x"));
        assertTree(parse("time(2) 'x'")).isEqualTo(new TypedLiteral(new TypeName("time", List.of(2), false), "x"));
        assertTree(parse("time '10:00'")).isEqualTo(new TypedLiteral(new TypeName("time", List.of(), false), "10:00"));
        assertTree(parse("INTERVAL '1 day'")).isEqualTo(new TypedLiteral(new TypeName("interval", List.of(), false), "1 day"));
        assertTree(parse("INTERVAL '1' DAY")).isEqualTo(new TypedLiteral(new TypeName("interval", List.of(), false), "1 day"));
        assertTree(parse("INTERVAL '1:30' HOUR TO MINUTE")).isEqualTo(new TypedLiteral(new TypeName("interval", List.of(), false), "1:30"));
    }

    @Test
    void parameters() {
        BinaryOperation sum = (BinaryOperation) parse("? + ?");
        assertThat(sum.left()).isEqualTo(new Parameter(1, 1));
        assertThat(sum.right()).isEqualTo(new Parameter(2, 5));
        assertTree(parse("$3")).isEqualTo(new Parameter(3, 1));
    }

    @Test
    void identifiers() {
        assertTree(parse("FooBar")).isEqualTo(column("foobar"));
        assertTree(parse("\"FooBar\"")).isEqualTo(column("FooBar"));
        assertTree(parse("\"a\"\"b\"")).isEqualTo(column("a\"b"));
        assertTree(parse("[Some Name]")).isEqualTo(column("Some Name"));
        assertTree(parse("`x`")).isEqualTo(column("x"));
        assertTree(parse("s.T.c")).isEqualTo(column("s", "t", "c"));
        assertThat(parse("key + value + name + type + year + data")).isInstanceOf(BinaryOperation.class);
        assertThat(((ColumnReference) parse("  abc")).position()).isEqualTo(3);
    }

    @Test
    void castsAndCollate() {
        assertTree(parse("CAST(a AS varchar(20))")).isEqualTo(new Cast(column("a"), new TypeName("varchar", List.of(20), false)));
        assertTree(parse("a::numeric(10,2)")).isEqualTo(new Cast(column("a"), new TypeName("numeric", List.of(10, 2), false)));
        assertTree(parse("a::double precision")).isEqualTo(new Cast(column("a"), new TypeName("double precision", List.of(), false)));
        assertTree(parse("a::character varying(5)")).isEqualTo(new Cast(column("a"), new TypeName("character varying", List.of(5), false)));
        assertTree(parse("a::int[]")).isEqualTo(new Cast(column("a"), new TypeName("int", List.of(), true)));
        assertTree(parse("a::timestamp without time zone"))
                .isEqualTo(new Cast(column("a"), new TypeName("timestamp without time zone", List.of(), false)));
        assertTree(parse("a COLLATE \"C\"")).isEqualTo(new CollateExpression(column("a"), "C"));
    }

    @Test
    void isPredicates() {
        assertTree(parse("a IS NOT NULL")).isEqualTo(new IsNull(column("a"), true));
        assertTree(parse("a ISNULL")).isEqualTo(new IsNull(column("a"), false));
        assertTree(parse("a NOTNULL")).isEqualTo(new IsNull(column("a"), true));
        assertTree(parse("a NOT NULL")).isEqualTo(new IsNull(column("a"), true));
        assertTree(parse("a IS TRUE")).isEqualTo(new IsBoolean(column("a"), true, false));
        assertTree(parse("a IS NOT UNKNOWN")).isEqualTo(new IsBoolean(column("a"), null, true));
        assertTree(parse("a IS DISTINCT FROM b")).isEqualTo(new IsDistinctFrom(column("a"), column("b"), false));
        assertThat(parse("a IS NOT DISTINCT FROM b + 1")).isInstanceOf(IsDistinctFrom.class);
    }

    @Test
    void inLikeAndQuantified() {
        assertTree(parse("a IN (1, 2)")).isEqualTo(new InList(column("a"), List.of(new IntegerLiteral(1), new IntegerLiteral(2)), false));
        assertTree(parse("a NOT IN ()")).isEqualTo(new InList(column("a"), List.of(), true));
        assertThat(parse("a IN (SELECT b FROM t)")).isInstanceOf(InSubquery.class);
        assertThat(parse("a IN ((SELECT 1), 2)")).isInstanceOf(InList.class);
        assertTree(parse("a NOT ILIKE 'x%' ESCAPE '!'"))
                .isEqualTo(new Like(column("a"), new StringLiteral("x%"), new StringLiteral("!"), true, true));
        assertTree(parse("a ~~ 'x'")).isEqualTo(new Like(column("a"), new StringLiteral("x"), null, false, false));
        QuantifiedComparison any = (QuantifiedComparison) parse("a = ANY (SELECT b FROM t)");
        assertThat(any.quantifier()).isEqualTo(QuantifiedComparison.Quantifier.ANY);
        assertThat(any.query()).isNotNull();
        QuantifiedComparison all = (QuantifiedComparison) parse("a < ALL (ARRAY[1, 2])");
        assertThat(all.array()).isEqualTo(new ArrayConstructor(List.of(new IntegerLiteral(1), new IntegerLiteral(2))));
        assertThat(((QuantifiedComparison) parse("a <> SOME (SELECT 1)")).quantifier()).isEqualTo(QuantifiedComparison.Quantifier.ANY);
    }

    @Test
    void similarToIsRewrittenAsPostgreSqlDoes() {
        BinaryOperation similar = (BinaryOperation) parse("a NOT SIMILAR TO 'x%' ESCAPE '#'");
        assertThat(similar.operator()).isEqualTo(Operator.REGEX_NOT_MATCH);
        assertThat(call(similar.right())).isEqualTo("similar_to_escape['x%', '#']");
        assertThat(((BinaryOperation) parse("a SIMILAR TO 'x'")).operator()).isEqualTo(Operator.REGEX_MATCH);
    }

    @Test
    void subqueriesRowsAndArrays() {
        assertThat(parse("(SELECT 1)")).isInstanceOf(ScalarSubquery.class);
        assertThat(shape(parse("((SELECT 1) + 1)"))).startsWith("(ScalarSubquery");
        assertThat(parse("((SELECT 1) UNION (SELECT 2))")).isInstanceOf(ScalarSubquery.class);
        assertThat(parse("EXISTS (SELECT 1)")).isInstanceOf(Exists.class);
        assertThat(parse("NOT EXISTS (SELECT 1)")).isInstanceOf(UnaryOperation.class);
        assertTree(parse("(1, 'a')")).isEqualTo(new RowConstructor(List.of(new IntegerLiteral(1), new StringLiteral("a"))));
        assertTree(parse("ROW(1, 2)")).isEqualTo(new RowConstructor(List.of(new IntegerLiteral(1), new IntegerLiteral(2))));
        assertTree(parse("((1))")).isEqualTo(new IntegerLiteral(1));
        assertTree(parse("ARRAY[[1], [2]]")).isEqualTo(new ArrayConstructor(List.of(
                new ArrayConstructor(List.of(new IntegerLiteral(1))), new ArrayConstructor(List.of(new IntegerLiteral(2))))));
    }

    @Test
    void caseExpressions() {
        CaseExpression simple = (CaseExpression) parse("CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END");
        assertThat(((ColumnReference) simple.operand()).parts()).containsExactly("a");
        assertThat(simple.whenClauses()).hasSize(2);
        assertThat(simple.elseResult()).isEqualTo(new StringLiteral("many"));
        CaseExpression searched = (CaseExpression) parse("CASE WHEN a > 1 THEN 1 END");
        assertThat(searched.operand()).isNull();
        assertThat(searched.elseResult()).isNull();
    }

    @Test
    void functionCalls() {
        FunctionCall count = (FunctionCall) parse("count(*)");
        assertThat(count.star()).isTrue();
        assertThat(count.arguments()).isEmpty();
        FunctionCall distinct = (FunctionCall) parse("COUNT(DISTINCT a)");
        assertThat(distinct.distinct()).isTrue();
        assertThat(distinct.name().name()).isEqualTo("count");
        FunctionCall ordered = (FunctionCall) parse("string_agg(a, ',' ORDER BY b DESC)");
        assertThat(ordered.arguments()).hasSize(2);
        assertThat(ordered.orderBy()).hasSize(1);
        assertThat(ordered.orderBy().get(0).ascending()).isFalse();
        FunctionCall filtered = (FunctionCall) parse("sum(a) FILTER (WHERE a > 0)");
        assertThat(filtered.filter()).isInstanceOf(BinaryOperation.class);
        FunctionCall qualified = (FunctionCall) parse("pg_catalog.lower(a)");
        assertThat(qualified.name().parts()).containsExactly("pg_catalog", "lower");
        assertThat(((FunctionCall) parse("coalesce(a, 1)")).name().name()).isEqualTo("coalesce");
        assertThat(((FunctionCall) parse("left('abc', 2)")).name().name()).isEqualTo("left");
        assertThat(((FunctionCall) parse("  now()")).position()).isEqualTo(3);
    }

    @Test
    void windowCalls() {
        FunctionCall call = (FunctionCall) parse(
                "sum(a) OVER (PARTITION BY b ORDER BY c ROWS BETWEEN 1 PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES)");
        assertThat(((ColumnReference) call.window().partitionBy().get(0)).parts()).containsExactly("b");
        WindowFrame frame = call.window().frame();
        assertThat(frame.mode()).isEqualTo(WindowFrame.Mode.ROWS);
        assertThat(frame.start()).isEqualTo(new FrameBound(FrameBound.Kind.PRECEDING, new IntegerLiteral(1)));
        assertThat(frame.end()).isEqualTo(new FrameBound(FrameBound.Kind.UNBOUNDED_FOLLOWING, null));
        assertThat(frame.exclusion()).isEqualTo(WindowFrame.Exclusion.TIES);
        FunctionCall single = (FunctionCall) parse("rank() OVER (w RANGE UNBOUNDED PRECEDING)");
        assertThat(single.window().existingWindowName()).isEqualTo("w");
        assertThat(single.window().frame().end().kind()).isEqualTo(FrameBound.Kind.CURRENT_ROW);
        assertThat(((FunctionCall) parse("row_number() OVER w")).window().existingWindowName()).isEqualTo("w");
    }

    @Test
    void specialFunctionForms() {
        assertThat(call(parse("EXTRACT(YEAR FROM d)"))).isEqualTo("extract['year', d]");
        assertThat(call(parse("SUBSTRING(s FROM 2 FOR 3)"))).isEqualTo("substring[s, 2, 3]");
        assertThat(call(parse("substring(s for 3)"))).isEqualTo("substring[s, 1, 3]");
        assertThat(call(parse("substring(s, 2)"))).isEqualTo("substring[s, 2]");
        assertThat(call(parse("POSITION('b' IN s)"))).isEqualTo("position['b', s]");
        assertThat(call(parse("TRIM(s)"))).isEqualTo("btrim[s]");
        assertThat(call(parse("TRIM(LEADING 'x' FROM s)"))).isEqualTo("ltrim[s, 'x']");
        assertThat(call(parse("trim(trailing from s)"))).isEqualTo("rtrim[s]");
        assertThat(call(parse("TRIM(BOTH 'x' FROM s)"))).isEqualTo("btrim[s, 'x']");
        assertThat(call(parse("OVERLAY(s PLACING 'x' FROM 2 FOR 1)"))).isEqualTo("overlay[s, 'x', 2, 1]");
        FunctionCall date = (FunctionCall) parse("CURRENT_DATE");
        assertThat(date.niladic()).isTrue();
        assertThat(date.name().name()).isEqualTo("current_date");
        assertThat(((FunctionCall) parse("current_timestamp")).niladic()).isTrue();
        assertThat(call(parse("a AT TIME ZONE 'UTC'"))).isEqualTo("timezone['UTC', a]");
    }

    private static String call(Expression expression) {
        FunctionCall call = (FunctionCall) expression;
        StringBuilder text = new StringBuilder(call.name().toString()).append('[');
        for (int i = 0; i < call.arguments().size(); i++) {
            Expression argument = call.arguments().get(i);
            text.append(i == 0 ? "" : ", ");
            if (argument instanceof StringLiteral) {
                text.append('\'').append(((StringLiteral) argument).value()).append('\'');
            } else {
                text.append(shape(argument));
            }
        }
        return text.append(']').toString();
    }

    @Test
    void operators() {
        assertThat(((BinaryOperation) parse("a != b")).operator()).isEqualTo(Operator.NOT_EQUAL);
        assertThat(((BinaryOperation) parse("a == b")).operator()).isEqualTo(Operator.EQUAL);
        assertThat(((BinaryOperation) parse("a # b")).operator()).isEqualTo(Operator.BITWISE_XOR);
        assertThat(((BinaryOperation) parse("a << 2")).operator()).isEqualTo(Operator.SHIFT_LEFT);
        assertThat(((BinaryOperation) parse("a !~* 'x'")).operator()).isEqualTo(Operator.REGEX_NOT_MATCH_INSENSITIVE);
        assertTree(parse("~a")).isEqualTo(new UnaryOperation(UnaryOperation.Operator.BITWISE_NOT, column("a")));
        assertThat(shape(parse("a*-1"))).isEqualTo("(a * (-1))");
        assertThat(shape(parse("2 * 3 OPERATOR(pg_catalog.+) 4 * 5"))).isEqualTo("((2 * 3) + (4 * 5))");
        assertThat(((BinaryOperation) parse("a OPERATOR(pg_catalog.~) 'x'")).operator()).isEqualTo(Operator.REGEX_MATCH);
        assertThat(((BinaryOperation) parse("a OPERATOR(=) 1")).operator()).isEqualTo(Operator.EQUAL);
        assertThat(shape(parse("a<>-1"))).isEqualTo("(a <> (-1))");
    }
}
