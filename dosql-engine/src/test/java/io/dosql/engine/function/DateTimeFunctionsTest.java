package io.dosql.engine.function;

import static io.dosql.core.SqlType.DATE;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.INTERVAL;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.TIME;
import static io.dosql.core.SqlType.TIMESTAMP;
import static io.dosql.core.SqlType.TIMESTAMPTZ;
import static io.dosql.core.SqlType.UNKNOWN;
import static io.dosql.engine.function.FunctionCalls.call;
import static io.dosql.engine.function.FunctionCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.SqlType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values were checked against PostgreSQL 15 (session time zone UTC). */
class DateTimeFunctionsTest {
    private static final String STAMP = "2024-03-15 12:34:56.789";

    @Test
    void currentTimeFunctionsReadTheContext() {
        assertThat(text("now")).isEqualTo("2024-03-15 12:34:56.789+00");
        assertThat(text("current_date")).isEqualTo("2024-03-15");
        assertThat(text("localtimestamp")).isEqualTo("2024-03-15 12:34:56.789");
        assertThat(FunctionRegistry.builtin().resolveScalar("clock_timestamp", List.of()).volatile_()).isTrue();
    }

    @Test
    void extractReturnsNumericWithPostgresScale() {
        assertThat(text("extract", UNKNOWN, "year", TIMESTAMP, STAMP)).isEqualTo("2024");
        assertThat(text("extract", UNKNOWN, "second", TIMESTAMP, STAMP)).isEqualTo("56.789000");
        assertThat(text("extract", UNKNOWN, "epoch", TIMESTAMP, STAMP)).isEqualTo("1710506096.789000");
        assertThat(text("extract", UNKNOWN, "dow", DATE, "2024-03-17")).isEqualTo("0");
        assertThat(text("extract", UNKNOWN, "isodow", DATE, "2024-03-17")).isEqualTo("7");
        assertThat(text("extract", UNKNOWN, "doy", DATE, "2024-03-15")).isEqualTo("75");
        assertThat(text("extract", UNKNOWN, "week", DATE, "2024-01-01")).isEqualTo("1");
        assertThat(text("extract", UNKNOWN, "quarter", DATE, "2024-05-01")).isEqualTo("2");
        assertThat(text("extract", UNKNOWN, "epoch", DATE, "2024-01-01")).isEqualTo("1704067200");
        assertThat(text("extract", UNKNOWN, "millisecond", TIME, "12:00:01.5")).isEqualTo("1500.000");
        assertThat(text("extract", UNKNOWN, "microseconds", TIME, "00:00:01.5")).isEqualTo("1500000");
        assertThat(text("extract", UNKNOWN, "epoch", INTERVAL, "1 day 2 hours")).isEqualTo("93600.000000");
        assertThat(text("extract", UNKNOWN, "day", INTERVAL, "40 days")).isEqualTo("40");
        assertThat(text("extract", UNKNOWN, "month", INTERVAL, "14 months")).isEqualTo("2");
        assertThat(text("extract", UNKNOWN, "century", DATE, "2024-01-01")).isEqualTo("21");
        assertThat(text("extract", UNKNOWN, "decade", DATE, "2024-01-01")).isEqualTo("202");
        assertThat(text("extract", UNKNOWN, "isoyear", DATE, "2024-12-30")).isEqualTo("2025");
        assertThat(text("extract", UNKNOWN, "julian", DATE, "2024-01-01")).isEqualTo("2460311");
        assertThat(text("extract", UNKNOWN, "julian", TIMESTAMP, "2023-03-08 14:03:11.801718"))
                .isEqualTo("2460012.58555326062500000000");
        assertThat(FunctionRegistry.builtin().resolveScalar("extract", List.of(UNKNOWN, DATE)).returnType()).isEqualTo(NUMERIC);
        assertThatThrownBy(() -> call("extract", UNKNOWN, "hour", DATE, "2024-01-01"))
                .hasMessage("unit \"hour\" not supported for type date");
        assertThat(call("date_part", UNKNOWN, "second", TIMESTAMP, STAMP)).isEqualTo(56.789);
        assertThat(call("date_part", UNKNOWN, "hour", DATE, "2024-01-31")).isEqualTo(0.0);
        assertThatThrownBy(() -> call("extract", UNKNOWN, "year", TIME, "12:00"))
                .hasMessage("unit \"year\" not supported for type time without time zone")
                .satisfies(e -> assertThat(((io.dosql.core.DoSqlException) e).sqlState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> call("extract", UNKNOWN, "fortnight", DATE, "2024-01-01"))
                .satisfies(e -> assertThat(((io.dosql.core.DoSqlException) e).sqlState()).isEqualTo("22023"));
        assertThat(text("date_part", UNKNOWN, "epoch", TIMESTAMP, STAMP)).isEqualTo("1710506096.789");
    }

    @Test
    void dateTrunc() {
        assertThat(text("date_trunc", UNKNOWN, "month", TIMESTAMP, "2024-03-15 12:34:56")).isEqualTo("2024-03-01 00:00:00");
        assertThat(text("date_trunc", UNKNOWN, "week", TIMESTAMP, "2024-03-15 12:34:56")).isEqualTo("2024-03-11 00:00:00");
        assertThat(text("date_trunc", UNKNOWN, "quarter", TIMESTAMP, "2024-05-15")).isEqualTo("2024-04-01 00:00:00");
        assertThat(text("date_trunc", UNKNOWN, "hour", TIMESTAMPTZ, "2024-03-15 12:34:56+00")).isEqualTo("2024-03-15 12:00:00+00");
        assertThat(text("date_trunc", UNKNOWN, "day", INTERVAL, "1 day 3 hours")).isEqualTo("1 day");
        // date_trunc(text, date) resolves to the timestamptz overload, as in PostgreSQL.
        assertThat(FunctionRegistry.builtin().resolveScalar("date_trunc", List.of(UNKNOWN, DATE)).returnType())
                .isEqualTo(TIMESTAMPTZ);
        assertThat(text("date_trunc", UNKNOWN, "year", DATE, "2024-05-02")).isEqualTo("2024-01-01 00:00:00+00");
    }

    @Test
    void ageAndConstructors() {
        assertThat(text("age", TIMESTAMP, "2024-03-15", TIMESTAMP, "2023-01-20 10:00")).isEqualTo("1 year 1 mon 25 days 14:00:00");
        assertThat(text("age", DATE, "2024-03-15", DATE, "2024-01-31")).isEqualTo("1 mon 15 days");
        assertThat(text("age", TIMESTAMP, "2023-01-01", TIMESTAMP, "2024-03-15")).isEqualTo("-1 years -2 mons -14 days");
        // Found comparing 400 random pairs with PostgreSQL 15: a negative age borrows the earlier month too.
        assertThat(text("age", TIMESTAMP, "1980-01-24 05:32:44.69232", TIMESTAMP, "2122-04-21 16:09:16"))
                .isEqualTo("-142 years -2 mons -28 days -10:36:31.30768");
        assertThat(text("make_date", INTEGER, 2024, INTEGER, 2, INTEGER, 29)).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> call("make_date", INTEGER, 2023, INTEGER, 2, INTEGER, 29))
                .hasMessage("date field value out of range: 2023-02-29");
        assertThatThrownBy(() -> call("make_date", INTEGER, 0, INTEGER, 1, INTEGER, 1))
                .hasMessage("date field value out of range: 0-01-01");
        assertThat(text("make_timestamptz", INTEGER, -7, INTEGER, 7, INTEGER, 12, INTEGER, 10, INTEGER, 10, DOUBLE, 0.5))
                .isEqualTo("0007-07-12 10:10:00.5+00 BC");
        assertThat(text("make_time", INTEGER, 12, INTEGER, 30, NUMERIC, new BigDecimal("15.5"))).isEqualTo("12:30:15.5");
        assertThat(text("make_timestamp", INTEGER, 2024, INTEGER, 1, INTEGER, 2, INTEGER, 3, INTEGER, 4, DOUBLE, 5.25))
                .isEqualTo("2024-01-02 03:04:05.25");
    }

    @Test
    void toCharFormatsDatesAndNumbers() {
        assertThat(text("to_char", TIMESTAMP, "2024-03-05 14:07:09.123456", UNKNOWN, "YYYY-MM-DD HH24:MI:SS.MS US"))
                .isEqualTo("2024-03-05 14:07:09.123 123456");
        assertThat(text("to_char", TIMESTAMP, "2024-03-05 14:07:09", UNKNOWN,
                "Mon Month Day Dy FMMonth FMDay DD FMDD HH HH12 AM am pm P.M. Q WW IW DDD D J YY YYY"))
                .isEqualTo("Mar March     Tuesday   Tue March Tuesday 05 5 02 02 PM pm pm P.M. 1 10 10 065 3 2460375 24 024");
        assertThat(text("to_char", TIMESTAMP, "2024-03-05 00:07:09", UNKNOWN, "HH12 AM \"quoted\" TZ"))
                .isEqualTo("12 AM quoted ");
        assertThat(text("to_char", TIMESTAMPTZ, "2024-03-05 00:07:09+00", UNKNOWN, "TZ OF")).isEqualTo("UTC +00");
        assertThat(text("to_char", DATE, "2024-03-05", UNKNOWN, "MONTH DAY mon day")).isEqualTo("MARCH     TUESDAY   mar tuesday  ");
        assertThat(text("to_char", INTERVAL, "1 day 02:03:04", UNKNOWN, "HH24:MI:SS")).isEqualTo("02:03:04");
        assertThat(text("to_char", INTERVAL, "1 year 2 mons 3 days 04:05:06.7", UNKNOWN, "YYYY MM DD HH24 HH MI SS MS"))
                .isEqualTo("0001 02 03 04 04 05 06 700");
        assertThat(text("to_char", INTERVAL, "50 hours", UNKNOWN, "HH24:MI")).isEqualTo("50:00");
        assertThatThrownBy(() -> call("to_char", INTERVAL, "1 day", UNKNOWN, "Month"))
                .hasMessage("invalid format specification for an interval value");
        assertThat(text("to_char", DATE, "2024-03-05", UNKNOWN, "AD ad BC a.d.")).isEqualTo("AD ad AD a.d.");
        // Keywords match only in upper, lower or (names) capitalised spelling: Mi is M + i (ISO year digit).
        assertThat(text("to_char", TIMESTAMP, "2024-03-05 14:07:09", UNKNOWN, "Mi mi hh Hh dd Dd month mOnth w W"))
                .isEqualTo("M4 07 02 Hh 05 33 march     mOnth 1 1");
        assertThat(call("to_char", DATE, "2024-03-05", UNKNOWN, "")).isNull();
        assertThat(text("to_char", NUMERIC, new BigDecimal("1234.5"), UNKNOWN, "9999.99")).isEqualTo(" 1234.50");
        assertThat(text("to_char", NUMERIC, new BigDecimal("1234.5"), UNKNOWN, "FM9999.99")).isEqualTo("1234.5");
        assertThat(text("to_char", INTEGER, -12, UNKNOWN, "999")).isEqualTo(" -12");
        assertThat(text("to_char", INTEGER, 12, UNKNOWN, "0009")).isEqualTo(" 0012");
        assertThat(text("to_char", NUMERIC, new BigDecimal("1234567.891"), UNKNOWN, "9,999,999.99")).isEqualTo(" 1,234,567.89");
        assertThat(text("to_char", NUMERIC, new BigDecimal("0.5"), UNKNOWN, "9.9")).isEqualTo("  .5");
        assertThat(text("to_char", NUMERIC, new BigDecimal("0.5"), UNKNOWN, "FM0.00")).isEqualTo("0.50");
        assertThat(text("to_char", INTEGER, 123, UNKNOWN, "99")).isEqualTo(" ##");
        assertThat(text("to_char", NUMERIC, new BigDecimal("-1.5"), UNKNOWN, "S9.9")).isEqualTo("-1.5");
        assertThat(text("to_char", NUMERIC, new BigDecimal("1.5"), UNKNOWN, "FM990.0")).isEqualTo("1.5");
        assertThat(text("to_char", SqlType.BIGINT, 9007199254740993L, UNKNOWN, "FM9999999999999999")).isEqualTo("9007199254740993");
        assertThat(text("to_number", UNKNOWN, "1,234.5", UNKNOWN, "9,999.9")).isEqualTo("1234.5");
        assertThat(text("to_number", UNKNOWN, "12,454.8-", UNKNOWN, "99G999D9S")).isEqualTo("-12454.8");
        assertThat(text("to_number", UNKNOWN, "1.2345", UNKNOWN, "9.99")).isEqualTo("1.23");
    }

    @Test
    void toDateAndToTimestampParse() {
        assertThat(text("to_date", UNKNOWN, "2024-03-05", UNKNOWN, "YYYY-MM-DD")).isEqualTo("2024-03-05");
        assertThat(text("to_date", UNKNOWN, "05 Mar 2024", UNKNOWN, "DD Mon YYYY")).isEqualTo("2024-03-05");
        assertThat(text("to_date", UNKNOWN, "20240305", UNKNOWN, "YYYYMMDD")).isEqualTo("2024-03-05");
        assertThat(text("to_date", UNKNOWN, "05", UNKNOWN, "DD")).isEqualTo("0001-01-05 BC");
        assertThat(text("to_timestamp", UNKNOWN, "2024-03-05 14:07:09", UNKNOWN, "YYYY-MM-DD HH24:MI:SS"))
                .isEqualTo("2024-03-05 14:07:09+00");
        assertThat(text("to_timestamp", UNKNOWN, "05/03/2024 2:07 PM", UNKNOWN, "DD/MM/YYYY HH:MI AM"))
                .isEqualTo("2024-03-05 14:07:00+00");
        assertThat(text("to_timestamp", NUMERIC, new BigDecimal("1710506096.789"))).isEqualTo("2024-03-15 12:34:56.789+00");
        assertThatThrownBy(() -> call("to_date", UNKNOWN, "2024-13-05", UNKNOWN, "YYYY-MM-DD"))
                .hasMessage("date/time field value out of range: \"2024-13-05\"");
    }

    @Test
    void atTimeZone() {
        // PostgreSQL 15: POSIX offsets count west ('UTC+2' and '+02:00' are two hours behind UTC).
        assertThat(text("timezone", UNKNOWN, "America/New_York", TIMESTAMPTZ, "2024-01-31 12:00+00")).isEqualTo("2024-01-31 07:00:00");
        assertThat(text("timezone", UNKNOWN, "America/New_York", TIMESTAMP, "2024-01-31 12:00")).isEqualTo("2024-01-31 17:00:00+00");
        assertThat(text("timezone", UNKNOWN, "UTC+2", TIMESTAMPTZ, "2024-01-31 12:00+00")).isEqualTo("2024-01-31 10:00:00");
        assertThat(text("timezone", UNKNOWN, "+02:00", TIMESTAMPTZ, "2024-01-31 12:00+00")).isEqualTo("2024-01-31 10:00:00");
        assertThat(text("timezone", UNKNOWN, "Europe/Paris", TIMESTAMPTZ, "2024-07-31 12:00+00")).isEqualTo("2024-07-31 14:00:00");
        assertThat(text("timezone", INTERVAL, "03:00", TIMESTAMPTZ, "2024-01-31 12:00+00")).isEqualTo("2024-01-31 15:00:00");
        assertThat(text("timezone", UNKNOWN, "EST", TIMESTAMPTZ, "2024-01-31 12:00+00")).isEqualTo("2024-01-31 07:00:00");
        assertThatThrownBy(() -> call("timezone", UNKNOWN, "Nowhere/Zone", TIMESTAMP, "2024-01-31 12:00"))
                .hasMessage("time zone \"Nowhere/Zone\" not recognized");
    }

    @Test
    void niladicFunctionsWithPrecision() {
        assertThat(text("current_timestamp", INTEGER, 1)).isEqualTo("2024-03-15 12:34:56.8+00");
        assertThat(text("localtimestamp", INTEGER, 0)).isEqualTo("2024-03-15 12:34:57");
        assertThat(text("current_time", INTEGER, 2)).isEqualTo("12:34:56.79");
    }
}
