package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.Bytes;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expected texts are what PostgreSQL 15 prints. */
class ValueFormatterTest {
    private static String text(Object value) {
        return ValueFormatter.toText(value, null);
    }

    @Test
    void doublesUseShortestRoundTripDigits() {
        assertThat(text(0.1)).isEqualTo("0.1");
        assertThat(text(1e20)).isEqualTo("1e+20");
        assertThat(text(123456789012345.0)).isEqualTo("123456789012345");
        assertThat(text(1e15)).isEqualTo("1e+15");
        assertThat(text(0.0001)).isEqualTo("0.0001");
        assertThat(text(0.00001)).isEqualTo("1e-05");
        assertThat(text(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(text(100.0)).isEqualTo("100");
        assertThat(text(-0.0)).isEqualTo("-0");
        assertThat(text(1 / 3.0)).isEqualTo("0.3333333333333333");
        assertThat(text(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(text(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(text(Double.NaN)).isEqualTo("NaN");
        assertThat(text(-1.5)).isEqualTo("-1.5");
    }

    @Test
    void shortestDigitsMatchPostgresWhereJavaToStringDoesNot() {
        // Found by comparing 3000 random values with PostgreSQL 15's float8out/float4out.
        assertThat(text(-9.26258634246825920e+16)).isEqualTo("-9.262586342468259e+16");
        assertThat(text(5.99875540933375840e+16)).isEqualTo("5.9987554093337584e+16");
        assertThat(text(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(text((float) 5.4587113095298690e+11)).isEqualTo("5.4587113e+11");
        assertThat(text((float) 9.72137440000000000e+07)).isEqualTo("9.7213744e+07");
        assertThat(text((float) 6.98271833073348900e+07)).isEqualTo("6.9827184e+07");
        assertThat(text((float) 6.18069632000000000e+08)).isEqualTo("6.1806963e+08");
    }

    @Test
    void realsUseSixDigitExponentThreshold() {
        assertThat(text(1e6f)).isEqualTo("1e+06");
        assertThat(text(123456f)).isEqualTo("123456");
        assertThat(text(0.1f)).isEqualTo("0.1");
        assertThat(text(1 / 3.0f)).isEqualTo("0.33333334");
    }

    @Test
    void otherTypes() {
        assertThat(text(true)).isEqualTo("t");
        assertThat(text(false)).isEqualTo("f");
        assertThat(text(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(text(LocalDate.of(2024, 1, 31))).isEqualTo("2024-01-31");
        assertThat(text(LocalDateTime.of(2024, 1, 31, 12, 34, 56, 789_000_000))).isEqualTo("2024-01-31 12:34:56.789");
        assertThat(text(LocalDateTime.of(2024, 1, 31, 12, 0))).isEqualTo("2024-01-31 12:00:00");
        assertThat(text(OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2))))
                .isEqualTo("2024-01-31 10:00:00.5+00");
        assertThat(text(LocalTime.of(9, 5, 1, 123_000))).isEqualTo("09:05:01.000123");
        assertThat(text(new Interval(14, 3, 14_706_500_000L))).isEqualTo("1 year 2 mons 3 days 04:05:06.5");
        assertThat(text(new Interval(0, 0, 129_600_000_000L))).isEqualTo("36:00:00");
        assertThat(text(new Interval(0, -1, 0))).isEqualTo("-1 days");
        assertThat(text(Bytes.copyOf(new byte[] {10, (byte) 0xff}))).isEqualTo("\\x0aff");
        assertThat(text(UUID.fromString("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"))).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(ValueFormatter.toText(Double.NaN, SqlType.NUMERIC)).isEqualTo("NaN");
        assertThat(text(LocalDate.of(-43, 3, 15))).isEqualTo("0044-03-15 BC");
        assertThat(text(null)).isNull();
    }
}
