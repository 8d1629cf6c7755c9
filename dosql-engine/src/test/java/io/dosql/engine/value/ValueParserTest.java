package io.dosql.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.Bytes;
import io.dosql.core.DoSqlException;
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

/** Expected values and messages were checked against PostgreSQL 15. */
class ValueParserTest {
    private static String sqlState(Throwable error) {
        return ((DoSqlException) error).sqlState();
    }

    @Test
    void booleans() {
        for (String yes : new String[] {"t", "true", " TRUE ", "yes", "y", "on", "1", "tru"}) {
            assertThat(ValueParser.parse(yes, SqlType.BOOLEAN)).as(yes).isEqualTo(true);
        }
        for (String no : new String[] {"f", "false", "no", "n", "off", "0", "of"}) {
            assertThat(ValueParser.parse(no, SqlType.BOOLEAN)).as(no).isEqualTo(false);
        }
        assertThatThrownBy(() -> ValueParser.parse("maybe", SqlType.BOOLEAN))
                .hasMessage("invalid input syntax for type boolean: \"maybe\"");
        assertThatThrownBy(() -> ValueParser.parse("o", SqlType.BOOLEAN)).isInstanceOf(DoSqlException.class);
    }

    @Test
    void integers() {
        assertThat(ValueParser.parse(" -42 ", SqlType.INTEGER)).isEqualTo(-42);
        assertThat(ValueParser.parse("+7", SqlType.SMALLINT)).isEqualTo((short) 7);
        assertThat(ValueParser.parse("-9223372036854775808", SqlType.BIGINT)).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> ValueParser.parse("9223372036854775808", SqlType.BIGINT))
                .hasMessage("value \"9223372036854775808\" is out of range for type bigint");
        assertThatThrownBy(() -> ValueParser.parse("1 2", SqlType.INTEGER))
                .hasMessage("invalid input syntax for type integer: \"1 2\"")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22P02"));
        assertThatThrownBy(() -> ValueParser.parse("", SqlType.INTEGER)).isInstanceOf(DoSqlException.class);
        assertThatThrownBy(() -> ValueParser.parse("1.5", SqlType.INTEGER)).isInstanceOf(DoSqlException.class);
    }

    @Test
    void numericAndFloats() {
        assertThat(ValueParser.parse(" 1.5e3 ", SqlType.NUMERIC).toString()).isEqualTo("1500");
        assertThat(ValueParser.parse(".5", SqlType.NUMERIC)).isEqualTo(new BigDecimal("0.5"));
        assertThat(ValueParser.parse("5.", SqlType.NUMERIC).toString()).isEqualTo("5");
        assertThat(ValueParser.parse("NaN", SqlType.NUMERIC)).isEqualTo(Double.NaN);
        assertThat(ValueParser.parse("12.345", SqlType.numeric(5, 2)).toString()).isEqualTo("12.35");
        assertThatThrownBy(() -> ValueParser.parse("Infinity", SqlType.numeric(5, 2))).hasMessage("numeric field overflow");
        assertThatThrownBy(() -> ValueParser.parse("x", SqlType.NUMERIC))
                .hasMessage("invalid input syntax for type numeric: \"x\"");
        assertThat(ValueParser.parse("Infinity", SqlType.DOUBLE)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ValueParser.parse("-inf", SqlType.DOUBLE)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ValueParser.parse("1e-3", SqlType.REAL)).isEqualTo(0.001f);
        assertThatThrownBy(() -> ValueParser.parse("1e400", SqlType.DOUBLE))
                .hasMessage("\"1e400\" is out of range for type double precision");
        assertThatThrownBy(() -> ValueParser.parse("1e40", SqlType.REAL))
                .hasMessage("\"1e40\" is out of range for type real");
        assertThatThrownBy(() -> ValueParser.parse("1d", SqlType.DOUBLE))
                .hasMessage("invalid input syntax for type double precision: \"1d\"");
    }

    @Test
    void datesTimesAndTimestamps() {
        assertThat(ValueParser.parse("2024-01-31", SqlType.DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ValueParser.parse("2024-01-31 12:34", SqlType.DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ValueParser.parse("20240131", SqlType.DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ValueParser.parse("Jan 31 2024", SqlType.DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ValueParser.parse("epoch", SqlType.DATE)).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThatThrownBy(() -> ValueParser.parse("2024-02-30", SqlType.DATE))
                .hasMessage("date/time field value out of range: \"2024-02-30\"")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22008"));
        assertThatThrownBy(() -> ValueParser.parse("x", SqlType.DATE))
                .hasMessage("invalid input syntax for type date: \"x\"")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22007"));
        assertThat(ValueParser.parse("12:34:56.789", SqlType.TIME)).isEqualTo(LocalTime.of(12, 34, 56, 789_000_000));
        assertThat(ValueParser.parse("2:07 pm", SqlType.TIME)).isEqualTo(LocalTime.of(14, 7));
        assertThatThrownBy(() -> ValueParser.parse("25:00", SqlType.TIME))
                .hasMessage("date/time field value out of range: \"25:00\"");
        assertThat(ValueParser.parse("2024-01-31 12:34:56.789", SqlType.TIMESTAMP))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 12, 34, 56, 789_000_000));
        assertThat(ValueParser.parse("2024-01-31T12:34:56", SqlType.TIMESTAMP))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 12, 34, 56));
        // timestamp ignores an offset; timestamptz applies it (PostgreSQL: 2024-01-31 10:34:56.5+00).
        assertThat(ValueParser.parse("2024-01-31 12:34:56+05:30", SqlType.TIMESTAMP))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 12, 34, 56));
        assertThat(ValueParser.parse("2024-01-31T12:34:56.5+02", SqlType.TIMESTAMPTZ))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 34, 56, 500_000_000, ZoneOffset.UTC));
        assertThat(ValueParser.parse("2024-01-31 12:00:00Z", SqlType.TIMESTAMPTZ))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(ValueParser.parse("epoch", SqlType.TIMESTAMP)).isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0));
        // PostgreSQL rolls 24:00:00 and a leap second into the next day or minute; a date keeps its day.
        assertThat(ValueParser.parse("2024-01-31 24:00:00", SqlType.TIMESTAMP)).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
        assertThat(ValueParser.parse("2024-01-31 23:59:60", SqlType.TIMESTAMP)).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
        assertThat(ValueParser.parse("2024-01-31 24:00:00", SqlType.DATE)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ValueParser.parse("1:2:3", SqlType.TIME)).isEqualTo(LocalTime.of(1, 2, 3));
    }

    @Test
    void intervals() {
        // Outputs as PostgreSQL 15 prints them.
        assertThat(ValueParser.parse("1 day", SqlType.INTERVAL).toString()).isEqualTo("1 day");
        assertThat(ValueParser.parse("2 hours 30 minutes", SqlType.INTERVAL).toString()).isEqualTo("02:30:00");
        assertThat(ValueParser.parse("1 year 2 mons 3 days 04:05:06", SqlType.INTERVAL).toString())
                .isEqualTo("1 year 2 mons 3 days 04:05:06");
        assertThat(ValueParser.parse("-1 week", SqlType.INTERVAL).toString()).isEqualTo("-7 days");
        assertThat(ValueParser.parse("P1Y2M3DT4H5M6S", SqlType.INTERVAL).toString()).isEqualTo("1 year 2 mons 3 days 04:05:06");
        assertThat(ValueParser.parse("10:00", SqlType.INTERVAL).toString()).isEqualTo("10:00:00");
        assertThat(ValueParser.parse("10", SqlType.INTERVAL).toString()).isEqualTo("00:00:10");
        assertThat(ValueParser.parse("1.5 months", SqlType.INTERVAL).toString()).isEqualTo("1 mon 15 days");
        assertThat(ValueParser.parse("1.5 days", SqlType.INTERVAL).toString()).isEqualTo("1 day 12:00:00");
        assertThat(ValueParser.parse("1 day -2 hours", SqlType.INTERVAL).toString()).isEqualTo("1 day -02:00:00");
        assertThat(ValueParser.parse("2 hours ago", SqlType.INTERVAL).toString()).isEqualTo("-02:00:00");
        assertThat(ValueParser.parse("5 m", SqlType.INTERVAL)).isEqualTo(new Interval(0, 0, 300_000_000L));
        // Cases found by comparing 400 random intervals with PostgreSQL 15 (text, * 1.7, timestamp +).
        assertThat(interval("44.3 mon -2 century 29 min")).isEqualTo("-196 years -4 mons +9 days 00:29:00");
        assertThat(interval("38 day 55.5 microseconds ago")).isEqualTo("-38 days -00:00:00.000055");
        assertThat(interval("-8 years 28:18:50")).isEqualTo("-8 years +28:18:50");
        assertThat(interval("13.3 years -6.8 week")).isEqualTo("13 years 4 mons -47 days -14:24:00");
        for (String repeated : new String[] {"-30 year 51 years", "27 hours 28:22:05", "69 sec -4.5 ms 67.8 seconds",
                "-3 minute 20:54:47 ago", "1 day ago 2 hours"}) {
            assertThatThrownBy(() -> ValueParser.parse(repeated, SqlType.INTERVAL)).as(repeated)
                    .hasMessage("invalid input syntax for type interval: \"" + repeated + "\"");
        }
        assertThatThrownBy(() -> ValueParser.parse("x", SqlType.INTERVAL))
                .hasMessage("invalid input syntax for type interval: \"x\"");
        assertThatThrownBy(() -> ValueParser.parse("3 fortnights", SqlType.INTERVAL)).isInstanceOf(DoSqlException.class);
    }

    private static String interval(String text) {
        return ValueFormatter.toText(ValueParser.parse(text, SqlType.INTERVAL), null);
    }

    @Test
    void uuidsAndBytea() {
        UUID expected = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(ValueParser.parse("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", SqlType.UUID)).isEqualTo(expected);
        assertThat(ValueParser.parse("{a0eebc999c0b4ef8bb6d6bb9bd380a11}", SqlType.UUID)).isEqualTo(expected);
        assertThatThrownBy(() -> ValueParser.parse("x", SqlType.UUID)).hasMessage("invalid input syntax for type uuid: \"x\"");
        assertThat(ValueParser.parse("\\x0aff", SqlType.BYTEA)).isEqualTo(Bytes.copyOf(new byte[] {10, (byte) 0xff}));
        assertThat(ValueParser.parse("abc\\001\\\\", SqlType.BYTEA).toString()).isEqualTo("\\x616263015c");
        assertThatThrownBy(() -> ValueParser.parse("\\xzz", SqlType.BYTEA)).hasMessage("invalid hexadecimal digit: \"z\"");
    }
}
