package io.dosql.engine.function;

import static io.dosql.core.SqlType.DATE;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.INTERVAL;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.TEXT;
import static io.dosql.core.SqlType.TIME;
import static io.dosql.core.SqlType.TIMESTAMP;
import static io.dosql.core.SqlType.TIMESTAMPTZ;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.value.DateTimeArithmetic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Date and time functions: now() and friends (fixed per transaction or statement), date_trunc,
 * date_part (double) and extract (numeric), age, make_date/make_time/make_timestamp, to_char,
 * to_date and to_timestamp. The session time zone is UTC.
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {
    }

    /** PostgreSQL's date_bin: the start of the {@code stride}-wide bin, counted from {@code origin}, holding {@code source}. */
    private static LocalDateTime dateBin(Interval stride, LocalDateTime source, LocalDateTime origin) {
        if (stride.months() != 0) {
            throw new DoSqlException(ErrorCode.FEATURE_NOT_SUPPORTED,
                    "timestamps cannot be binned into intervals containing months or years");
        }
        long strideMicros = Math.addExact(Math.multiplyExact((long) stride.days(), 86_400_000_000L), stride.micros());
        if (strideMicros <= 0) {
            throw new DoSqlException(ErrorCode.DATETIME_FIELD_OVERFLOW, "stride must be greater than zero");
        }
        long difference = java.time.temporal.ChronoUnit.MICROS.between(origin, source);
        long delta = difference - difference % strideMicros;
        // The start of the bin also when the origin lies after the source.
        if (origin.isAfter(source) && strideMicros > 1 && difference % strideMicros != 0) {
            delta -= strideMicros;
        }
        return origin.plus(delta, java.time.temporal.ChronoUnit.MICROS);
    }

    static void register(FunctionTable table) {
        for (String name : List.of("now", "current_timestamp", "transaction_timestamp")) {
            table.scalar(name, TIMESTAMPTZ, List.of(), (a, c) -> utc(c.transactionTimestamp()));
        }
        table.scalar("statement_timestamp", TIMESTAMPTZ, List.of(), (a, c) -> utc(c.statementTimestamp()));
        table.scalar("date_bin", TIMESTAMP, List.of(INTERVAL, TIMESTAMP, TIMESTAMP),
                (a, c) -> dateBin((Interval) a[0], (LocalDateTime) a[1], (LocalDateTime) a[2]));
        table.scalar("date_bin", TIMESTAMPTZ, List.of(INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ),
                (a, c) -> dateBin((Interval) a[0], utc((OffsetDateTime) a[1]).toLocalDateTime(),
                        utc((OffsetDateTime) a[2]).toLocalDateTime()).atOffset(ZoneOffset.UTC));
        table.volatileScalar("clock_timestamp", TIMESTAMPTZ, List.of(), (a, c) -> OffsetDateTime.now(ZoneOffset.UTC));
        table.scalar("current_date", DATE, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalDate());
        // CURRENT_TIMESTAMP(p) and friends: the parser passes the precision as an integer argument.
        table.scalar("current_timestamp", TIMESTAMPTZ, List.of(INTEGER),
                (a, c) -> roundSeconds(utc(c.transactionTimestamp()).toLocalDateTime(), (Integer) a[0]).atOffset(ZoneOffset.UTC));
        table.scalar("localtimestamp", TIMESTAMP, List.of(INTEGER),
                (a, c) -> roundSeconds(utc(c.transactionTimestamp()).toLocalDateTime(), (Integer) a[0]));
        table.scalar("current_time", TIME, List.of(INTEGER),
                (a, c) -> roundSeconds(utc(c.transactionTimestamp()).toLocalDateTime(), (Integer) a[0]).toLocalTime());
        table.scalar("localtime", TIME, List.of(INTEGER),
                (a, c) -> roundSeconds(utc(c.transactionTimestamp()).toLocalDateTime(), (Integer) a[0]).toLocalTime());
        // AT TIME ZONE arrives as timezone(zone, value).
        table.scalar("timezone", TIMESTAMP, List.of(TEXT, TIMESTAMPTZ),
                (a, c) -> TimeZones.toLocal((OffsetDateTime) a[1], (String) a[0]));
        table.scalar("timezone", TIMESTAMPTZ, List.of(TEXT, TIMESTAMP),
                (a, c) -> TimeZones.toInstant((LocalDateTime) a[1], (String) a[0]));
        table.scalar("timezone", TIMESTAMP, List.of(INTERVAL, TIMESTAMPTZ),
                (a, c) -> TimeZones.toLocal((OffsetDateTime) a[1], (Interval) a[0]));
        table.scalar("timezone", TIMESTAMPTZ, List.of(INTERVAL, TIMESTAMP),
                (a, c) -> TimeZones.toInstant((LocalDateTime) a[1], (Interval) a[0]));
        table.scalar("current_time", TIME, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalTime());
        table.scalar("localtime", TIME, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalTime());
        table.scalar("localtimestamp", TIMESTAMP, List.of(), (a, c) -> utc(c.transactionTimestamp()).toLocalDateTime());

        table.scalar("date_trunc", TIMESTAMP, List.of(TEXT, TIMESTAMP),
                (a, c) -> DateTimeFields.truncate((String) a[0], (LocalDateTime) a[1], TypeKind.TIMESTAMP));
        table.scalar("date_trunc", TIMESTAMPTZ, List.of(TEXT, TIMESTAMPTZ), (a, c) -> DateTimeFields.truncate(
                (String) a[0], local(a[1]), TypeKind.TIMESTAMPTZ).atOffset(ZoneOffset.UTC));
        table.scalar("date_trunc", INTERVAL, List.of(TEXT, INTERVAL),
                (a, c) -> DateTimeFields.truncate((String) a[0], (Interval) a[1]));

        for (SqlType type : List.of(DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL)) {
            table.scalar("extract", NUMERIC, List.of(TEXT, type),
                    (a, c) -> DateTimeFields.extract((String) a[0], a[1], type.kind()));
        }
        // date_part(text, date) is PostgreSQL's SQL function over timestamp: date_part('hour', date) is 0.
        for (SqlType type : List.of(TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL)) {
            table.scalar("date_part", DOUBLE, List.of(TEXT, type),
                    (a, c) -> DateTimeFields.extract((String) a[0], a[1], type.kind()).doubleValue());
        }

        table.scalar("age", INTERVAL, List.of(TIMESTAMP, TIMESTAMP), (a, c) -> age(local(a[0]), local(a[1])));
        table.scalar("age", INTERVAL, List.of(TIMESTAMPTZ, TIMESTAMPTZ), (a, c) -> age(local(a[0]), local(a[1])));
        table.scalar("age", INTERVAL, List.of(TIMESTAMP),
                (a, c) -> age(utc(c.transactionTimestamp()).toLocalDate().atStartOfDay(), local(a[0])));
        table.scalar("age", INTERVAL, List.of(TIMESTAMPTZ),
                (a, c) -> age(utc(c.transactionTimestamp()).toLocalDate().atStartOfDay(), local(a[0])));
        table.scalar("justify_hours", INTERVAL, List.of(INTERVAL), (a, c) -> DateTimeArithmetic.justifyHours((Interval) a[0]));
        table.scalar("justify_days", INTERVAL, List.of(INTERVAL), (a, c) -> DateTimeArithmetic.justifyDays((Interval) a[0]));
        table.scalar("justify_interval", INTERVAL, List.of(INTERVAL),
                (a, c) -> DateTimeArithmetic.justifyDays(DateTimeArithmetic.justifyHours((Interval) a[0])));

        table.scalar("make_date", DATE, List.of(INTEGER, INTEGER, INTEGER),
                (a, c) -> makeDate((Integer) a[0], (Integer) a[1], (Integer) a[2]));
        table.scalar("make_time", TIME, List.of(INTEGER, INTEGER, DOUBLE),
                (a, c) -> makeTime((Integer) a[0], (Integer) a[1], (Double) a[2]));
        table.scalar("make_timestamp", TIMESTAMP, List.of(INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE),
                (a, c) -> LocalDateTime.of(makeDate((Integer) a[0], (Integer) a[1], (Integer) a[2]),
                        makeTime((Integer) a[3], (Integer) a[4], (Double) a[5])));
        table.scalar("make_timestamptz", TIMESTAMPTZ, List.of(INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, DOUBLE),
                (a, c) -> LocalDateTime.of(makeDate((Integer) a[0], (Integer) a[1], (Integer) a[2]),
                        makeTime((Integer) a[3], (Integer) a[4], (Double) a[5])).atOffset(ZoneOffset.UTC));

        // An empty template gives NULL in PostgreSQL.
        table.scalar("to_char", TEXT, List.of(TIMESTAMP, TEXT), (a, c) -> ((String) a[1]).isEmpty() ? null
                : DateTimeFormatting.format((LocalDateTime) a[0], (String) a[1], false));
        table.scalar("to_char", TEXT, List.of(TIMESTAMPTZ, TEXT), (a, c) -> ((String) a[1]).isEmpty() ? null
                : DateTimeFormatting.format(local(a[0]), (String) a[1], true));
        table.scalar("to_char", TEXT, List.of(INTERVAL, TEXT), (a, c) -> ((String) a[1]).isEmpty() ? null
                : DateTimeFormatting.formatInterval((Interval) a[0], (String) a[1]));
        table.scalar("to_char", TEXT, List.of(NUMERIC, TEXT), (a, c) -> NumberFormatting.format(decimal(a[0]), (String) a[1]));
        table.scalar("to_char", TEXT, List.of(INTEGER, TEXT),
                (a, c) -> NumberFormatting.format(BigDecimal.valueOf((Integer) a[0]), (String) a[1]));
        table.scalar("to_char", TEXT, List.of(SqlType.BIGINT, TEXT),
                (a, c) -> NumberFormatting.format(BigDecimal.valueOf((Long) a[0]), (String) a[1]));
        table.scalar("to_number", NUMERIC, List.of(TEXT, TEXT), (a, c) -> NumberFormatting.parse((String) a[0], (String) a[1]));
        table.scalar("to_char", TEXT, List.of(DOUBLE, TEXT),
                (a, c) -> NumberFormatting.format(new BigDecimal(Double.toString((Double) a[0])), (String) a[1]));
        table.scalar("to_date", DATE, List.of(TEXT, TEXT),
                (a, c) -> DateTimeFormatting.parse((String) a[0], (String) a[1]).toLocalDate());
        table.scalar("to_timestamp", TIMESTAMPTZ, List.of(TEXT, TEXT),
                (a, c) -> DateTimeFormatting.parse((String) a[0], (String) a[1]).atOffset(ZoneOffset.UTC));
        table.scalar("to_timestamp", TIMESTAMPTZ, List.of(DOUBLE), (a, c) -> fromEpoch((Double) a[0]));
    }

    /** Rounds to {@code digits} fractional-second digits (0..6), half up, as PostgreSQL's precision does. */
    static LocalDateTime roundSeconds(LocalDateTime timestamp, int digits) {
        if (digits < 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("TIMESTAMP(" + digits + ") precision must not be negative");
        }
        if (digits >= 6) {
            return timestamp;
        }
        long unit = (long) Math.pow(10, 6 - digits) * 1000L;
        long nanos = timestamp.getNano();
        long rounded = (nanos + unit / 2) / unit * unit;
        return timestamp.withNano(0).plusNanos(rounded);
    }

    static OffsetDateTime utc(OffsetDateTime timestamp) {
        return timestamp.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime local(Object value) {
        if (value instanceof OffsetDateTime timestamp) {
            return utc(timestamp).toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static BigDecimal decimal(Object value) {
        if (!(value instanceof BigDecimal decimal)) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("to_char of numeric NaN or Infinity");
        }
        return decimal;
    }

    /**
     * PostgreSQL's age(): field-by-field difference, borrowing from the next larger field; a
     * borrowed month is the length of the earlier timestamp's month.
     */
    static Interval age(LocalDateTime end, LocalDateTime start) {
        boolean negative = end.isBefore(start);
        LocalDateTime later = negative ? start : end;
        LocalDateTime earlier = negative ? end : start;
        long micros = later.toLocalTime().toNanoOfDay() / 1000L - earlier.toLocalTime().toNanoOfDay() / 1000L;
        int days = later.getDayOfMonth() - earlier.getDayOfMonth();
        int months = later.getMonthValue() - earlier.getMonthValue();
        int years = later.getYear() - earlier.getYear();
        if (micros < 0) {
            micros += 86_400_000_000L;
            days--;
        }
        while (days < 0) {
            // Borrow the length of the earlier timestamp's month, as PostgreSQL's timestamp_age does.
            LocalDate borrowMonth = earlier.toLocalDate();
            days += YearMonth.from(borrowMonth).lengthOfMonth();
            months--;
        }
        while (months < 0) {
            months += 12;
            years--;
        }
        Interval result = new Interval(years * 12 + months, days, micros);
        return negative ? result.negate() : result;
    }

    private static LocalDate makeDate(int year, int month, int day) {
        if (year == 0) {
            throw new DoSqlException(ErrorCode.DATETIME_FIELD_OVERFLOW,
                    "date field value out of range: 0-" + pad(month) + "-" + pad(day));
        }
        try {
            return LocalDate.of(year < 0 ? year + 1 : year, month, day);
        } catch (DateTimeException outOfRange) {
            throw new DoSqlException(ErrorCode.DATETIME_FIELD_OVERFLOW,
                    "date field value out of range: " + year + "-" + pad(month) + "-" + pad(day));
        }
    }

    private static String pad(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static LocalTime makeTime(int hour, int minute, double seconds) {
        long micros = Math.round(seconds * 1_000_000.0);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || micros < 0 || micros >= 60_000_000L) {
            throw new DoSqlException(ErrorCode.DATETIME_FIELD_OVERFLOW,
                    "time field value out of range: " + hour + ":" + pad(minute) + ":" + pad((int) seconds));
        }
        return LocalTime.of(hour, minute).plusNanos(micros * 1000L);
    }

    private static OffsetDateTime fromEpoch(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw ErrorCode.DATETIME_FIELD_OVERFLOW.exception(Double.toString(seconds));
        }
        BigDecimal micros = new BigDecimal(seconds).multiply(BigDecimal.valueOf(1_000_000L))
                .setScale(0, RoundingMode.HALF_EVEN);
        long totalMicros = micros.longValueExact();
        return OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                .plusSeconds(Math.floorDiv(totalMicros, 1_000_000L))
                .plusNanos(Math.floorMod(totalMicros, 1_000_000L) * 1000L);
    }

}
