package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.DoSqlException;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Expected values were checked against PostgreSQL 15. */
class CastsTest {
    private static String sqlState(Throwable error) {
        return ((DoSqlException) error).sqlState();
    }

    @Test
    void textToIntegerUsesTheInputFunction() {
        assertThat(Casts.explicitCast("  12  ", SqlType.INTEGER)).isEqualTo(12);
        assertThatThrownBy(() -> Casts.explicitCast("abc", SqlType.INTEGER))
                .hasMessage("invalid input syntax for type integer: \"abc\"").satisfies(e -> assertThat(sqlState(e)).isEqualTo("22P02"));
        assertThatThrownBy(() -> Casts.explicitCast("99999999999", SqlType.INTEGER))
                .hasMessage("value \"99999999999\" is out of range for type integer")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22003"));
    }

    @Test
    void numbersToIntegersRoundLikePostgres() {
        // numeric rounds half away from zero, float8 rounds half to even (rint).
        assertThat(Casts.explicitCast(new BigDecimal("2.5"), SqlType.INTEGER)).isEqualTo(3);
        assertThat(Casts.explicitCast(new BigDecimal("-2.5"), SqlType.INTEGER)).isEqualTo(-3);
        assertThat(Casts.explicitCast(2.5, SqlType.INTEGER)).isEqualTo(2);
        assertThat(Casts.explicitCast(3.5, SqlType.INTEGER)).isEqualTo(4);
        assertThat(Casts.explicitCast(-2.5, SqlType.INTEGER)).isEqualTo(-2);
        assertThat(Casts.explicitCast(3.7f, SqlType.INTEGER)).isEqualTo(4);
        assertThat(Casts.explicitCast(7L, SqlType.SMALLINT)).isEqualTo((short) 7);
        assertThatThrownBy(() -> Casts.explicitCast(12345678901L, SqlType.INTEGER)).hasMessage("integer out of range");
        assertThatThrownBy(() -> Casts.explicitCast(40000, SqlType.SMALLINT)).hasMessage("smallint out of range");
        assertThatThrownBy(() -> Casts.explicitCast(1e19, SqlType.BIGINT)).hasMessage("bigint out of range");
        assertThatThrownBy(() -> Casts.explicitCast(Double.NaN, SqlType.INTEGER)).hasMessage("integer out of range");
    }

    @Test
    void numericModifiersRoundAndOverflow() {
        assertThat(Casts.explicitCast(new BigDecimal("12.345"), SqlType.numeric(5, 2)).toString()).isEqualTo("12.35");
        assertThat(Casts.explicitCast(new BigDecimal("1.5"), SqlType.numeric(3, 0)).toString()).isEqualTo("2");
        assertThat(Casts.explicitCast(new BigDecimal("-1.5"), SqlType.numeric(3, 0)).toString()).isEqualTo("-2");
        assertThatThrownBy(() -> Casts.explicitCast(new BigDecimal("123.456"), SqlType.numeric(4, 2)))
                .hasMessage("numeric field overflow").satisfies(e -> {
                    assertThat(sqlState(e)).isEqualTo("22003");
                    assertThat(((DoSqlException) e).detail()).contains(
                            "A field with precision 4, scale 2 must round to an absolute value less than 10^2.");
                });
        assertThatThrownBy(() -> Casts.explicitCast(new BigDecimal("0.995"), SqlType.numeric(2, 2)))
                .satisfies(e -> assertThat(((DoSqlException) e).detail()).contains(
                        "A field with precision 2, scale 2 must round to an absolute value less than 1."));
    }

    @Test
    void floatsToNumericKeepFifteenOrSixDigits() {
        assertThat(Casts.explicitCast(1 / 3.0, SqlType.NUMERIC).toString()).isEqualTo("0.333333333333333");
        assertThat(Casts.explicitCast(0.1, SqlType.NUMERIC).toString()).isEqualTo("0.1");
        assertThat(Casts.explicitCast(1e20, SqlType.NUMERIC).toString()).isEqualTo("100000000000000000000");
        assertThat(Casts.explicitCast(1 / 3.0f, SqlType.NUMERIC).toString()).isEqualTo("0.333333");
        assertThat(Casts.explicitCast(1e10, SqlType.REAL)).isEqualTo(1e10f);
        assertThatThrownBy(() -> Casts.explicitCast(1e300, SqlType.REAL)).hasMessage("value out of range: overflow");
    }

    @Test
    void stringLengthModifiers() {
        assertThat(Casts.explicitCast("abcdef", SqlType.varchar(3))).isEqualTo("abc");
        assertThat(Casts.explicitCast("abc", SqlType.character(1))).isEqualTo("a");
        assertThat(Casts.explicitCast("ab", SqlType.character(4))).isEqualTo("ab  ");
        assertThat(Casts.explicitCast("ab  ", SqlType.character(4), SqlType.TEXT)).isEqualTo("ab");
        assertThat(Casts.assignmentCast("abc  ", SqlType.varchar(3), "name")).isEqualTo("abc");
        assertThatThrownBy(() -> Casts.assignmentCast("abcd", SqlType.varchar(3), "name"))
                .hasMessage("value too long for type character varying(3)")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22001"));
        assertThatThrownBy(() -> Casts.assignmentCast("abcd", SqlType.character(3), "code"))
                .hasMessage("value too long for type character(3)");
    }

    @Test
    void booleanIntegerAndTextConversions() {
        assertThat(Casts.explicitCast(true, SqlType.INTEGER)).isEqualTo(1);
        assertThat(Casts.explicitCast(0, SqlType.BOOLEAN)).isEqualTo(false);
        assertThat(Casts.explicitCast(5, SqlType.BOOLEAN)).isEqualTo(true);
        assertThatThrownBy(() -> Casts.explicitCast(1L, SqlType.BOOLEAN))
                .hasMessage("cannot cast type bigint to boolean").satisfies(e -> assertThat(sqlState(e)).isEqualTo("42846"));
        assertThat(Casts.explicitCast(new BigDecimal("1.50"), SqlType.TEXT)).isEqualTo("1.50");
        assertThat(Casts.explicitCast(1.5, SqlType.TEXT)).isEqualTo("1.5");
        // The cast says true/false (PostgreSQL: true::text = 'true'), the output function t/f.
        assertThat(Casts.explicitCast(true, SqlType.TEXT)).isEqualTo("true");
        assertThat(ValueFormatter.toText(true, SqlType.BOOLEAN)).isEqualTo("t");
        assertThat(Casts.explicitCast("on", SqlType.BOOLEAN)).isEqualTo(true);
    }

    @Test
    void temporalConversions() {
        LocalDateTime timestamp = LocalDateTime.of(2024, 1, 31, 12, 34, 56, 789_000_000);
        assertThat(Casts.explicitCast(timestamp, SqlType.DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(Casts.explicitCast(timestamp, SqlType.TIME)).isEqualTo(LocalTime.of(12, 34, 56, 789_000_000));
        assertThat(Casts.explicitCast(LocalTime.of(12, 30), SqlType.INTERVAL).toString()).isEqualTo("12:30:00");
        assertThat(Casts.explicitCast(LocalDate.of(2024, 1, 1), SqlType.TIMESTAMPTZ))
                .isEqualTo(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Casts.explicitCast("1 day", SqlType.INTERVAL)).isEqualTo(new Interval(0, 1, 0));
    }

    @Test
    void castContexts() {
        assertThat(Casts.canImplicitlyCast(SqlType.INTEGER, SqlType.BIGINT)).isTrue();
        assertThat(Casts.canImplicitlyCast(SqlType.BIGINT, SqlType.NUMERIC)).isTrue();
        assertThat(Casts.canImplicitlyCast(SqlType.NUMERIC, SqlType.DOUBLE)).isTrue();
        assertThat(Casts.canImplicitlyCast(SqlType.DOUBLE, SqlType.INTEGER)).isFalse();
        assertThat(Casts.canImplicitlyCast(SqlType.UNKNOWN, SqlType.DATE)).isTrue();
        assertThat(Casts.canImplicitlyCast(SqlType.DATE, SqlType.TIMESTAMP)).isTrue();
        assertThat(Casts.canImplicitlyCast(SqlType.TEXT, SqlType.INTEGER)).isFalse();
        assertThat(Casts.canAssign(SqlType.DOUBLE, SqlType.INTEGER)).isTrue();
        assertThat(Casts.canAssign(SqlType.INTEGER, SqlType.TEXT)).isTrue();
        assertThat(Casts.canAssign(SqlType.TIMESTAMP, SqlType.DATE)).isTrue();
        assertThat(Casts.canAssign(SqlType.TEXT, SqlType.INTEGER)).isFalse();
        assertThat(Casts.canAssign(SqlType.INTEGER, SqlType.BOOLEAN)).isFalse();
        assertThat(Casts.canExplicitlyCast(SqlType.INTEGER, SqlType.BOOLEAN)).isTrue();
        assertThat(Casts.canExplicitlyCast(SqlType.TEXT, SqlType.UUID)).isTrue();
    }
}
