package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {

    @Test
    void nullIsNullForEveryType() {
        assertThat(ValueFormatter.format(null, null, 'T')).isEqualTo("NULL");
        assertThat(ValueFormatter.format(null, null, 'I')).isEqualTo("NULL");
        assertThat(ValueFormatter.format(null, null, 'R')).isEqualTo("NULL");
    }

    @Test
    void textShowsEmptyAndReplacesUnprintableBytes() {
        assertThat(ValueFormatter.formatText("")).isEqualTo("(empty)");
        assertThat(ValueFormatter.formatText("a b~")).isEqualTo("a b~");
        assertThat(ValueFormatter.formatText("tab\there\n")).isEqualTo("tab@here@");
        // One '@' per UTF-8 byte, as the C runner walks bytes: é is two bytes.
        assertThat(ValueFormatter.formatText("café")).isEqualTo("caf@@");
        assertThat(ValueFormatter.format(7, "7", 'T')).isEqualTo("7");
    }

    @Test
    void integersTruncateTowardZeroLikeSqlite() {
        assertThat(ValueFormatter.format(42, null, 'I')).isEqualTo("42");
        assertThat(ValueFormatter.format(-9_000_000_000L, null, 'I')).isEqualTo("-9000000000");
        assertThat(ValueFormatter.format(true, null, 'I')).isEqualTo("1");
        assertThat(ValueFormatter.format(false, null, 'I')).isEqualTo("0");
        assertThat(ValueFormatter.format(new BigDecimal("-7.9"), null, 'I')).isEqualTo("-7");
        assertThat(ValueFormatter.format(7.9d, null, 'I')).isEqualTo("7");
        assertThat(ValueFormatter.format(-0.5d, null, 'I')).isEqualTo("0");
        assertThat(ValueFormatter.format(new BigDecimal("1e30"), null, 'I')).isEqualTo(Long.toString(Long.MAX_VALUE));
        assertThat(ValueFormatter.format(BigInteger.TEN, null, 'I')).isEqualTo("10");
    }

    @Test
    void textInAnIntegerColumnIsItsLeadingInteger() {
        assertThat(ValueFormatter.format("12abc", null, 'I')).isEqualTo("12");
        assertThat(ValueFormatter.format("  -3.7", null, 'I')).isEqualTo("-3");
        assertThat(ValueFormatter.format("abc", null, 'I')).isEqualTo("0");
        assertThat(ValueFormatter.format("", null, 'I')).isEqualTo("0");
    }

    @Test
    void realsPrintThreeDecimalsForIntegersToo() {
        assertThat(ValueFormatter.format(3, null, 'R')).isEqualTo("3.000");
        assertThat(ValueFormatter.format(2.0 / 3.0, null, 'R')).isEqualTo("0.667");
        assertThat(ValueFormatter.format(new BigDecimal("-12.34567"), null, 'R')).isEqualTo("-12.346");
        assertThat(ValueFormatter.format(true, null, 'R')).isEqualTo("1.000");
        assertThat(ValueFormatter.format("2.5xyz", null, 'R')).isEqualTo("2.500");
        assertThat(ValueFormatter.format("1e2", null, 'R')).isEqualTo("100.000");
        assertThat(ValueFormatter.format("x", null, 'R')).isEqualTo("0.000");
    }

    @Test
    void realsRoundTheExactBinaryValueHalfUp() {
        // 0.0625 is exact in binary: a true tie, which SQLite's printf rounds up.
        assertThat(ValueFormatter.formatReal(0.0625)).isEqualTo("0.063");
        // 1.0005 is stored as 1.000499999..., so it rounds down (Java's %.3f would say 1.001).
        assertThat(ValueFormatter.formatReal(1.0005)).isEqualTo("1.000");
        assertThat(ValueFormatter.formatReal(-0.0001)).isEqualTo("-0.000");
        assertThat(ValueFormatter.formatReal(-0.0)).isEqualTo("0.000");
    }

    @Test
    void realsStopAtSixteenSignificantDigitsLikeSqlitePrintf() {
        assertThat(ValueFormatter.formatReal(-9223372036854775808.0)).isEqualTo("-9223372036854776000.000");
        assertThat(ValueFormatter.formatReal(-18446744073709551616.0)).isEqualTo("-18446744073709550000.000");
        assertThat(ValueFormatter.formatReal(1234567890123.4567)).isEqualTo("1234567890123.457");
    }
}
