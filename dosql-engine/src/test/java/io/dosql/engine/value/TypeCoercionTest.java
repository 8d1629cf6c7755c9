package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.parser.ast.BinaryOperation.Operator;
import io.dosql.parser.ast.UnaryOperation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeCoercionTest {
    private static Object evaluate(Operator operator, SqlType leftType, Object left, SqlType rightType, Object right) {
        OperatorBinding binding = TypeCoercion.resolveBinary(operator, leftType, rightType);
        return binding.apply(Casts.explicitCast(left, binding.leftCastTo()), Casts.explicitCast(right, binding.rightCastTo()));
    }

    private static SqlType resultType(Operator operator, SqlType left, SqlType right) {
        return TypeCoercion.resolveBinary(operator, left, right).resultType();
    }

    @Test
    void arithmeticResultTypesFollowPostgres() {
        // Verified with PostgreSQL 15 pg_typeof.
        assertThat(resultType(Operator.ADD, SqlType.SMALLINT, SqlType.SMALLINT)).isEqualTo(SqlType.SMALLINT);
        assertThat(resultType(Operator.ADD, SqlType.SMALLINT, SqlType.INTEGER)).isEqualTo(SqlType.INTEGER);
        assertThat(resultType(Operator.ADD, SqlType.INTEGER, SqlType.BIGINT)).isEqualTo(SqlType.BIGINT);
        assertThat(resultType(Operator.ADD, SqlType.INTEGER, SqlType.NUMERIC)).isEqualTo(SqlType.NUMERIC);
        assertThat(resultType(Operator.ADD, SqlType.REAL, SqlType.INTEGER)).isEqualTo(SqlType.DOUBLE);
        assertThat(resultType(Operator.ADD, SqlType.REAL, SqlType.REAL)).isEqualTo(SqlType.REAL);
        assertThat(resultType(Operator.ADD, SqlType.REAL, SqlType.NUMERIC)).isEqualTo(SqlType.DOUBLE);
        assertThat(resultType(Operator.POWER, SqlType.INTEGER, SqlType.INTEGER)).isEqualTo(SqlType.DOUBLE);
        assertThat(resultType(Operator.POWER, SqlType.INTEGER, SqlType.NUMERIC)).isEqualTo(SqlType.NUMERIC);
        assertThat(resultType(Operator.ADD, SqlType.INTEGER, SqlType.UNKNOWN)).isEqualTo(SqlType.INTEGER);
    }

    @Test
    void integerArithmeticOverflowsAndDivides() {
        assertThatThrownBy(() -> evaluate(Operator.ADD, SqlType.INTEGER, Integer.MAX_VALUE, SqlType.INTEGER, 1))
                .isInstanceOf(DoSqlException.class).hasMessage("integer out of range")
                .extracting(e -> ((DoSqlException) e).sqlState()).isEqualTo("22003");
        assertThatThrownBy(() -> evaluate(Operator.ADD, SqlType.SMALLINT, (short) 32767, SqlType.SMALLINT, (short) 1))
                .hasMessage("smallint out of range");
        assertThatThrownBy(() -> evaluate(Operator.MULTIPLY, SqlType.BIGINT, Long.MAX_VALUE, SqlType.BIGINT, 2L))
                .hasMessage("bigint out of range");
        assertThat(evaluate(Operator.DIVIDE, SqlType.INTEGER, -7, SqlType.INTEGER, 2)).isEqualTo(-3);
        assertThat(evaluate(Operator.MODULO, SqlType.INTEGER, -7, SqlType.INTEGER, 2)).isEqualTo(-1);
        assertThat(evaluate(Operator.MODULO, SqlType.INTEGER, 7, SqlType.INTEGER, -2)).isEqualTo(1);
        assertThatThrownBy(() -> evaluate(Operator.DIVIDE, SqlType.INTEGER, 1, SqlType.INTEGER, 0))
                .isInstanceOf(DoSqlException.class).hasMessage("division by zero")
                .extracting(e -> ((DoSqlException) e).sqlState()).isEqualTo("22012");
        assertThatThrownBy(() -> evaluate(Operator.DIVIDE, SqlType.DOUBLE, 1.0, SqlType.DOUBLE, 0.0))
                .hasMessage("division by zero");
        assertThatThrownBy(() -> evaluate(Operator.DIVIDE, SqlType.INTEGER, Integer.MIN_VALUE, SqlType.INTEGER, -1))
                .hasMessage("integer out of range");
    }

    @Test
    void numericDivisionUsesSelectDivScale() {
        // PostgreSQL 15: 1::numeric/3, 1::numeric/7, 10::numeric/4, 123456789.123::numeric/3.1
        assertThat(evaluate(Operator.DIVIDE, SqlType.NUMERIC, BigDecimal.ONE, SqlType.INTEGER, 3).toString())
                .isEqualTo("0.33333333333333333333");
        assertThat(evaluate(Operator.DIVIDE, SqlType.NUMERIC, BigDecimal.ONE, SqlType.INTEGER, 7).toString())
                .isEqualTo("0.14285714285714285714");
        assertThat(evaluate(Operator.DIVIDE, SqlType.NUMERIC, BigDecimal.TEN, SqlType.INTEGER, 4).toString())
                .isEqualTo("2.5000000000000000");
        assertThat(evaluate(Operator.DIVIDE, SqlType.NUMERIC, new BigDecimal("123456789.123"),
                SqlType.NUMERIC, new BigDecimal("3.1")).toString()).isEqualTo("39824770.684838709677");
        assertThat(evaluate(Operator.MODULO, SqlType.NUMERIC, new BigDecimal("-7.5"), SqlType.INTEGER, 2).toString())
                .isEqualTo("-1.5");
        assertThat(evaluate(Operator.POWER, SqlType.NUMERIC, new BigDecimal("2"), SqlType.INTEGER, 2).toString())
                .isEqualTo("4.0000000000000000");
        assertThat(evaluate(Operator.POWER, SqlType.NUMERIC, new BigDecimal("2"), SqlType.NUMERIC,
                new BigDecimal("0.5")).toString()).isEqualTo("1.4142135623730950");
    }

    @Test
    void numericNanAndInfinityFollowPostgres() {
        double infinity = Double.POSITIVE_INFINITY;
        // PostgreSQL 15: inf - inf = NaN, inf * 0 = NaN, 5 % inf = 5, 5.5 % inf = 5.5, 5 / inf = 0, inf / 0 raises.
        assertThat(evaluate(Operator.SUBTRACT, SqlType.NUMERIC, infinity, SqlType.NUMERIC, infinity)).isEqualTo(Double.NaN);
        assertThat(evaluate(Operator.MULTIPLY, SqlType.NUMERIC, infinity, SqlType.NUMERIC, BigDecimal.ZERO)).isEqualTo(Double.NaN);
        assertThat(evaluate(Operator.MODULO, SqlType.NUMERIC, new BigDecimal("5.5"), SqlType.NUMERIC, infinity).toString()).isEqualTo("5.5");
        assertThat(evaluate(Operator.DIVIDE, SqlType.NUMERIC, new BigDecimal("5"), SqlType.NUMERIC, infinity).toString()).isEqualTo("0");
        assertThat(evaluate(Operator.ADD, SqlType.NUMERIC, infinity, SqlType.INTEGER, 1)).isEqualTo(infinity);
        assertThatThrownBy(() -> evaluate(Operator.DIVIDE, SqlType.NUMERIC, infinity, SqlType.INTEGER, 0))
                .hasMessage("division by zero");
        assertThat(Values.compare(Double.NaN, new BigDecimal("1e1000"))).isPositive();
    }

    @Test
    void undefinedOperatorsRaise42883WithHint() {
        assertThatThrownBy(() -> TypeCoercion.resolveBinary(Operator.EQUAL, SqlType.TEXT, SqlType.INTEGER))
                .isInstanceOf(DoSqlException.class).hasMessage("operator does not exist: text = integer")
                .satisfies(e -> {
                    DoSqlException error = (DoSqlException) e;
                    assertThat(error.sqlState()).isEqualTo("42883");
                    assertThat(error.hint()).contains(
                            "No operator matches the given name and argument types. You might need to add explicit type casts.");
                });
        assertThatThrownBy(() -> TypeCoercion.resolveBinary(Operator.MODULO, SqlType.DOUBLE, SqlType.INTEGER))
                .hasMessage("operator does not exist: double precision % integer");
        assertThatThrownBy(() -> TypeCoercion.resolveBinary(Operator.CONCAT, SqlType.INTEGER, SqlType.INTEGER))
                .hasMessage("operator does not exist: integer || integer");
    }

    @Test
    void comparisonsAndConcatenation() {
        assertThat(evaluate(Operator.LESS, SqlType.INTEGER, 1, SqlType.NUMERIC, new BigDecimal("1.5"))).isEqualTo(true);
        // PostgreSQL: numeric or integer against a float compares as float8 (all true below), real vs double exactly.
        assertThat(evaluate(Operator.EQUAL, SqlType.NUMERIC, new BigDecimal("1.1"), SqlType.DOUBLE, 1.1)).isEqualTo(true);
        assertThat(evaluate(Operator.EQUAL, SqlType.BIGINT, 9007199254740993L, SqlType.DOUBLE, 9007199254740992.0)).isEqualTo(true);
        assertThat(evaluate(Operator.EQUAL, SqlType.NUMERIC, new BigDecimal("1.1"), SqlType.REAL, 1.1f)).isEqualTo(false);
        assertThat(evaluate(Operator.EQUAL, SqlType.REAL, 0.1f, SqlType.DOUBLE, 0.1)).isEqualTo(false);
        assertThat(evaluate(Operator.EQUAL, SqlType.INTEGER, 12, SqlType.UNKNOWN, " 12 ")).isEqualTo(true);
        assertThatThrownBy(() -> evaluate(Operator.EQUAL, SqlType.INTEGER, 1, SqlType.UNKNOWN, "x"))
                .hasMessage("invalid input syntax for type integer: \"x\"");
        // PostgreSQL: 'ab'::char(4) = 'ab' and = 'ab'::text are true; char(n) pads are not significant.
        assertThat(evaluate(Operator.EQUAL, SqlType.character(4), "ab  ", SqlType.UNKNOWN, "ab")).isEqualTo(true);
        assertThat(evaluate(Operator.EQUAL, SqlType.character(4), "ab  ", SqlType.TEXT, "ab")).isEqualTo(true);
        assertThat(evaluate(Operator.LESS, SqlType.character(4), "ab  ", SqlType.TEXT, "ab ")).isEqualTo(true);
        assertThat(evaluate(Operator.EQUAL, SqlType.character(4), "ab  ", SqlType.character(2), "ab")).isEqualTo(true);
        assertThat(evaluate(Operator.CONCAT, SqlType.UNKNOWN, "a", SqlType.INTEGER, 1)).isEqualTo("a1");
        assertThat(evaluate(Operator.CONCAT, SqlType.INTEGER, 1, SqlType.TEXT, "a")).isEqualTo("1a");
        assertThat(evaluate(Operator.CONCAT, SqlType.UNKNOWN, "a", SqlType.BOOLEAN, true)).isEqualTo("atrue");
        // PostgreSQL: 1e-200::float8 * 1e-200::float8 and 1e-300 / 1e300 underflow (22003).
        assertThatThrownBy(() -> evaluate(Operator.MULTIPLY, SqlType.DOUBLE, 1e-200, SqlType.DOUBLE, 1e-200))
                .hasMessage("value out of range: underflow");
        assertThatThrownBy(() -> evaluate(Operator.DIVIDE, SqlType.DOUBLE, 1e-300, SqlType.DOUBLE, 1e300))
                .hasMessage("value out of range: underflow");
        assertThatThrownBy(() -> evaluate(Operator.MULTIPLY, SqlType.DOUBLE, 1e300, SqlType.DOUBLE, 1e300))
                .hasMessage("value out of range: overflow");
        assertThat(resultType(Operator.CONCAT, SqlType.UNKNOWN, SqlType.UNKNOWN)).isEqualTo(SqlType.TEXT);
        assertThat(evaluate(Operator.REGEX_MATCH_INSENSITIVE, SqlType.TEXT, "Hello", SqlType.UNKNOWN, "^h")).isEqualTo(true);
        assertThat(evaluate(Operator.REGEX_NOT_MATCH, SqlType.TEXT, "Hello", SqlType.UNKNOWN, "^h")).isEqualTo(true);
        // PostgreSQL ARE constructs Java reads differently (checked against PostgreSQL 15 on 598 cases).
        assertThat(evaluate(Operator.REGEX_MATCH, SqlType.TEXT, "a1b2", SqlType.UNKNOWN, "^[[:digit:]]+$")).isEqualTo(false);
        assertThat(evaluate(Operator.REGEX_MATCH, SqlType.TEXT, "hello world", SqlType.UNKNOWN, "\\mworld")).isEqualTo(true);
        assertThat(evaluate(Operator.REGEX_MATCH, SqlType.TEXT, "x[y]z", SqlType.UNKNOWN, "[a[]")).isEqualTo(true);
        assertThat(evaluate(Operator.REGEX_MATCH, SqlType.TEXT, "a&&b", SqlType.UNKNOWN, "[a&&b]")).isEqualTo(true);
    }

    @Test
    void bitwiseOperators() {
        assertThat(evaluate(Operator.BITWISE_AND, SqlType.INTEGER, 12, SqlType.INTEGER, 10)).isEqualTo(8);
        assertThat(evaluate(Operator.BITWISE_OR, SqlType.INTEGER, 12, SqlType.INTEGER, 10)).isEqualTo(14);
        assertThat(evaluate(Operator.BITWISE_XOR, SqlType.INTEGER, 12, SqlType.BIGINT, 10L)).isEqualTo(6L);
        assertThat(evaluate(Operator.SHIFT_LEFT, SqlType.INTEGER, 1, SqlType.INTEGER, 4)).isEqualTo(16);
        assertThat(evaluate(Operator.SHIFT_RIGHT, SqlType.BIGINT, 256L, SqlType.INTEGER, 4)).isEqualTo(16L);
        OperatorBinding not = TypeCoercion.resolveUnary(UnaryOperation.Operator.BITWISE_NOT, SqlType.INTEGER);
        assertThat(not.apply(5, null)).isEqualTo(-6);
    }

    @Test
    void unaryOperators() {
        OperatorBinding negate = TypeCoercion.resolveUnary(UnaryOperation.Operator.NEGATE, SqlType.INTEGER);
        assertThatThrownBy(() -> negate.apply(Integer.MIN_VALUE, null)).hasMessage("integer out of range");
        assertThat(negate.apply(5, null)).isEqualTo(-5);
        assertThat(TypeCoercion.resolveUnary(UnaryOperation.Operator.NOT, SqlType.BOOLEAN).apply(true, null)).isEqualTo(false);
        assertThatThrownBy(() -> TypeCoercion.resolveUnary(UnaryOperation.Operator.NOT, SqlType.INTEGER))
                .hasMessage("argument of NOT must be type boolean, not type integer");
    }

    @Test
    void dateAndIntervalArithmetic() {
        assertThat(evaluate(Operator.ADD, SqlType.DATE, LocalDate.of(2024, 1, 31), SqlType.INTEGER, 1))
                .isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(evaluate(Operator.ADD, SqlType.INTEGER, 1, SqlType.DATE, LocalDate.of(2024, 1, 31)))
                .isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(evaluate(Operator.SUBTRACT, SqlType.DATE, LocalDate.of(2024, 3, 1), SqlType.DATE,
                LocalDate.of(2024, 1, 1))).isEqualTo(60);
        assertThat(evaluate(Operator.ADD, SqlType.DATE, LocalDate.of(2024, 1, 31), SqlType.INTERVAL,
                new Interval(1, 0, 0))).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(evaluate(Operator.ADD, SqlType.DATE, LocalDate.of(2024, 1, 31), SqlType.TIME,
                LocalTime.of(12, 30))).isEqualTo(LocalDateTime.of(2024, 1, 31, 12, 30));
        // PostgreSQL: '2024-03-01'::timestamp - '2024-01-01 01:00'::timestamp = 59 days 23:00:00
        assertThat(evaluate(Operator.SUBTRACT, SqlType.TIMESTAMP, LocalDateTime.of(2024, 3, 1, 0, 0),
                SqlType.TIMESTAMP, LocalDateTime.of(2024, 1, 1, 1, 0)).toString()).isEqualTo("59 days 23:00:00");
        assertThat(evaluate(Operator.ADD, SqlType.TIMESTAMP, LocalDateTime.of(2024, 1, 1, 0, 0),
                SqlType.UNKNOWN, "1 day 2 hours")).isEqualTo(LocalDateTime.of(2024, 1, 2, 2, 0));
        // PostgreSQL: interval '1 month' * 1.5 = 1 mon 15 days; interval '1 day' / 3 = 08:00:00
        assertThat(evaluate(Operator.MULTIPLY, SqlType.INTERVAL, new Interval(1, 0, 0), SqlType.NUMERIC,
                new BigDecimal("1.5")).toString()).isEqualTo("1 mon 15 days");
        assertThat(evaluate(Operator.DIVIDE, SqlType.INTERVAL, new Interval(0, 1, 0), SqlType.INTEGER, 3).toString())
                .isEqualTo("08:00:00");
        assertThat(evaluate(Operator.SUBTRACT, SqlType.INTERVAL, new Interval(0, 1, 0), SqlType.INTERVAL,
                new Interval(0, 0, 7_200_000_000L)).toString()).isEqualTo("1 day -02:00:00");
        // PostgreSQL: '8 day 42 hour -21 years'::interval * 1.7 = -35 years -8 mons +1 day 85:48:00
        assertThat(ValueFormatter.toText(evaluate(Operator.MULTIPLY, SqlType.INTERVAL,
                new Interval(-252, 8, 151_200_000_000L), SqlType.NUMERIC, new BigDecimal("1.7")), null))
                .isEqualTo("-35 years -8 mons +1 day 85:48:00");
        assertThatThrownBy(() -> TypeCoercion.resolveBinary(Operator.ADD, SqlType.DATE, SqlType.UNKNOWN))
                .hasMessage("operator is not unique: date + unknown");
    }

    @Test
    void commonTypeResolution() {
        assertThat(TypeCoercion.commonType(List.of(SqlType.UNKNOWN, SqlType.UNKNOWN), "UNION")).isEqualTo(SqlType.TEXT);
        assertThat(TypeCoercion.commonType(List.of(SqlType.INTEGER, SqlType.NUMERIC), "CASE")).isEqualTo(SqlType.NUMERIC);
        assertThat(TypeCoercion.commonType(List.of(SqlType.INTEGER, SqlType.DOUBLE), "CASE")).isEqualTo(SqlType.DOUBLE);
        assertThat(TypeCoercion.commonType(List.of(SqlType.UNKNOWN, SqlType.BIGINT, SqlType.INTEGER), "COALESCE"))
                .isEqualTo(SqlType.BIGINT);
        assertThat(TypeCoercion.commonType(List.of(SqlType.varchar(5), SqlType.varchar(5)), "UNION"))
                .isEqualTo(SqlType.varchar(5));
        assertThat(TypeCoercion.commonType(List.of(SqlType.varchar(5), SqlType.varchar(9)), "UNION"))
                .isEqualTo(SqlType.VARCHAR);
        assertThat(TypeCoercion.commonType(List.of(SqlType.DATE, SqlType.TIMESTAMP), "UNION")).isEqualTo(SqlType.TIMESTAMP);
        // Checked against PostgreSQL 15 (400 type pairs): an untyped NULL drops modifiers; text stays
        // preferred; date and time share a category but neither converts to the other (42846).
        assertThat(TypeCoercion.commonType(List.of(SqlType.numeric(5, 2), SqlType.UNKNOWN), "UNION")).isEqualTo(SqlType.NUMERIC);
        assertThat(TypeCoercion.commonType(List.of(SqlType.TEXT, SqlType.VARCHAR), "UNION")).isEqualTo(SqlType.TEXT);
        assertThat(TypeCoercion.commonType(List.of(SqlType.VARCHAR, SqlType.TEXT), "UNION")).isEqualTo(SqlType.VARCHAR);
        assertThatThrownBy(() -> TypeCoercion.commonType(List.of(SqlType.DATE, SqlType.TIME), "UNION"))
                .hasMessage("UNION could not convert type time without time zone to date")
                .extracting(e -> ((DoSqlException) e).sqlState()).isEqualTo("42846");
        assertThatThrownBy(() -> TypeCoercion.commonType(List.of(SqlType.INTEGER, SqlType.TEXT), "CASE"))
                .isInstanceOf(DoSqlException.class).hasMessage("CASE types integer and text cannot be matched")
                .extracting(e -> ((DoSqlException) e).sqlState()).isEqualTo("42804");
    }
}
