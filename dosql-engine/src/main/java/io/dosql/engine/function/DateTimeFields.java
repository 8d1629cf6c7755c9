package io.dosql.engine.function;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.TypeKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.util.Locale;

/**
 * EXTRACT / date_part fields and date_trunc units, with PostgreSQL 14+'s numeric results:
 * {@code second} and {@code epoch} of a timestamp carry 6 fraction digits, {@code millisecond} 3,
 * fields of a date are integers.
 */
final class DateTimeFields {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private DateTimeFields() {
    }

    /** {@code extract(field from value)} for a date, time, timestamp (tz read in UTC) or interval. */
    static BigDecimal extract(String field, Object value, TypeKind kind) {
        String unit = normalizeUnit(field);
        if (value instanceof Interval interval) {
            return extractInterval(unit, interval, field);
        }
        if (value instanceof LocalTime time) {
            return extractTime(unit, time, field, kind);
        }
        boolean isDate = value instanceof LocalDate;
        LocalDateTime timestamp = isDate ? ((LocalDate) value).atStartOfDay()
                : value instanceof LocalDateTime local ? local
                : ((java.time.OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        LocalDate date = timestamp.toLocalDate();
        switch (unit) {
            case "year":
                return whole(date.getYear() > 0 ? date.getYear() : date.getYear() - 1);
            case "month":
                return whole(date.getMonthValue());
            case "day":
                return whole(date.getDayOfMonth());
            case "dow":
                return whole(date.getDayOfWeek().getValue() % 7);
            case "isodow":
                return whole(date.getDayOfWeek().getValue());
            case "doy":
                return whole(date.getDayOfYear());
            case "week":
                return whole(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "isoyear":
                return whole(date.get(IsoFields.WEEK_BASED_YEAR));
            case "quarter":
                return whole((date.getMonthValue() - 1) / 3 + 1);
            case "decade":
                return whole(Math.floorDiv(date.getYear(), 10));
            case "century":
                return whole(date.getYear() > 0 ? (date.getYear() + 99) / 100 : -((99 - (date.getYear() - 1)) / 100));
            case "millennium":
                return whole(date.getYear() > 0 ? (date.getYear() + 999) / 1000 : -((999 - (date.getYear() - 1)) / 1000));
            case "julian":
                if (isDate) {
                    return whole(date.getLong(JulianFields.JULIAN_DAY));
                }
                return BigDecimal.valueOf(date.getLong(JulianFields.JULIAN_DAY))
                        .add(BigDecimal.valueOf(timestamp.toLocalTime().toNanoOfDay() / 1000L)
                                .divide(BigDecimal.valueOf(MICROS_PER_DAY), 20, java.math.RoundingMode.HALF_UP));
            case "epoch": {
                long seconds = timestamp.toEpochSecond(ZoneOffset.UTC);
                if (isDate) {
                    return whole(seconds);
                }
                return BigDecimal.valueOf(seconds * MICROS_PER_SECOND + timestamp.getNano() / 1000L, 6);
            }
            case "timezone":
            case "timezone_hour":
            case "timezone_minute":
                if (kind == TypeKind.TIMESTAMPTZ) {
                    return BigDecimal.ZERO;
                }
                break;
            default:
                if (!isDate) {
                    BigDecimal timeField = timeField(unit, timestamp.toLocalTime());
                    if (timeField != null) {
                        return timeField;
                    }
                }
                break;
        }
        throw unsupported(field, kind, isKnownUnit(unit));
    }

    private static BigDecimal extractTime(String unit, LocalTime time, String field, TypeKind kind) {
        if (unit.equals("epoch")) {
            return BigDecimal.valueOf(time.toNanoOfDay() / 1000L, 6);
        }
        BigDecimal result = timeField(unit, time);
        if (result == null) {
            throw unsupported(field, kind, isKnownUnit(unit));
        }
        return result;
    }

    private static BigDecimal timeField(String unit, LocalTime time) {
        long microsOfMinute = time.getSecond() * MICROS_PER_SECOND + time.getNano() / 1000L;
        return switch (unit) {
            case "hour" -> whole(time.getHour());
            case "minute" -> whole(time.getMinute());
            case "second" -> BigDecimal.valueOf(microsOfMinute, 6);
            case "milliseconds" -> BigDecimal.valueOf(microsOfMinute, 3);
            case "microseconds" -> whole(microsOfMinute);
            default -> null;
        };
    }

    private static BigDecimal extractInterval(String unit, Interval interval, String field) {
        long micros = interval.micros();
        return switch (unit) {
            case "epoch" -> intervalEpoch(interval);
            case "millennium" -> whole(interval.months() / 12 / 1000);
            case "century" -> whole(interval.months() / 12 / 100);
            case "decade" -> whole(interval.months() / 12 / 10);
            case "year" -> whole(interval.months() / 12);
            case "quarter" -> whole(interval.months() % 12 / 3 + 1);
            case "month" -> whole(interval.months() % 12);
            case "day" -> whole(interval.days());
            case "hour" -> whole(micros / 3_600_000_000L);
            case "minute" -> whole(micros / 60_000_000L % 60);
            case "second" -> BigDecimal.valueOf(micros % 60_000_000L, 6);
            case "milliseconds" -> BigDecimal.valueOf(micros % 60_000_000L, 3);
            case "microseconds" -> whole(micros % 60_000_000L);
            default -> throw unsupported(field, TypeKind.INTERVAL, isKnownUnit(unit));
        };
    }

    /** PostgreSQL's interval epoch: a year is 365.25 days, a month 30 days, with 6 fraction digits. */
    private static BigDecimal intervalEpoch(Interval interval) {
        BigDecimal years = BigDecimal.valueOf(interval.months() / 12).multiply(BigDecimal.valueOf(31_557_600L));
        BigDecimal months = BigDecimal.valueOf(interval.months() % 12 * 30L * 86_400L);
        BigDecimal days = BigDecimal.valueOf(interval.days() * 86_400L);
        return years.add(months).add(days).setScale(6).add(BigDecimal.valueOf(interval.micros(), 6));
    }

    private static BigDecimal whole(long value) {
        return BigDecimal.valueOf(value);
    }

    static String normalizeUnit(String field) {
        String unit = field.strip().toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "years", "y", "yr", "yrs" -> "year";
            case "months", "mon", "mons" -> "month";
            case "days", "d" -> "day";
            case "hours", "h", "hr", "hrs" -> "hour";
            case "minutes", "m", "min", "mins" -> "minute";
            case "seconds", "s", "sec", "secs" -> "second";
            case "millisecond", "ms", "msec", "msecs", "msecond", "mseconds" -> "milliseconds";
            case "microsecond", "us", "usec", "usecs", "usecond", "useconds" -> "microseconds";
            case "weeks", "w" -> "week";
            case "decades", "dec", "decs" -> "decade";
            case "centuries", "c", "cent" -> "century";
            case "millennia", "millenniums", "mil", "mils" -> "millennium";
            case "j" -> "julian";
            default -> unit;
        };
    }

    private static boolean isKnownUnit(String unit) {
        return java.util.Set.of("year", "month", "day", "hour", "minute", "second", "milliseconds", "microseconds",
                "week", "decade", "century", "millennium", "quarter", "dow", "isodow", "doy", "isoyear", "epoch",
                "julian", "timezone", "timezone_hour", "timezone_minute").contains(unit);
    }

    /** A known unit the type lacks is 0A000 (feature not supported); an unknown unit is 22023. */
    static DoSqlException unsupported(String field, TypeKind kind, boolean known) {
        String message = "unit \"" + field + "\" " + (known ? "not supported" : "not recognized") + " for type "
                + kind.postgresName();
        return new DoSqlException(known ? ErrorCode.FEATURE_NOT_SUPPORTED : ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    /** {@code date_trunc(unit, timestamp)}: zeroes every field below {@code unit}. */
    static LocalDateTime truncate(String field, LocalDateTime timestamp, TypeKind kind) {
        String unit = normalizeUnit(field);
        LocalDate date = timestamp.toLocalDate();
        return switch (unit) {
            case "microseconds" -> timestamp;
            case "milliseconds" -> timestamp.truncatedTo(ChronoUnit.MILLIS);
            case "second" -> timestamp.truncatedTo(ChronoUnit.SECONDS);
            case "minute" -> timestamp.truncatedTo(ChronoUnit.MINUTES);
            case "hour" -> timestamp.truncatedTo(ChronoUnit.HOURS);
            case "day" -> date.atStartOfDay();
            case "week" -> date.with(DayOfWeek.MONDAY).atStartOfDay();
            case "month" -> date.withDayOfMonth(1).atStartOfDay();
            case "quarter" -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case "year" -> LocalDate.of(date.getYear(), 1, 1).atStartOfDay();
            case "decade" -> LocalDate.of(Math.floorDiv(date.getYear(), 10) * 10, 1, 1).atStartOfDay();
            case "century" -> LocalDate.of((date.getYear() - 1) / 100 * 100 + 1, 1, 1).atStartOfDay();
            case "millennium" -> LocalDate.of((date.getYear() - 1) / 1000 * 1000 + 1, 1, 1).atStartOfDay();
            default -> throw truncateUnsupported(field, kind, isKnownUnit(unit));
        };
    }

    /** date_trunc reports every unusable unit as 22023, supported elsewhere or not. */
    private static DoSqlException truncateUnsupported(String field, TypeKind kind, boolean known) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("unit \"" + field + "\" "
                + (known ? "not supported" : "not recognized") + " for type " + kind.postgresName());
    }

    /** {@code date_trunc(unit, interval)}. */
    static Interval truncate(String field, Interval interval) {
        String unit = normalizeUnit(field);
        long micros = interval.micros();
        return switch (unit) {
            case "microseconds" -> interval;
            case "milliseconds" -> new Interval(interval.months(), interval.days(), micros / 1000 * 1000);
            case "second" -> new Interval(interval.months(), interval.days(), micros / MICROS_PER_SECOND * MICROS_PER_SECOND);
            case "minute" -> new Interval(interval.months(), interval.days(), micros / 60_000_000L * 60_000_000L);
            case "hour" -> new Interval(interval.months(), interval.days(), micros / 3_600_000_000L * 3_600_000_000L);
            case "day" -> new Interval(interval.months(), interval.days(), 0);
            case "month" -> new Interval(interval.months(), 0, 0);
            case "quarter" -> new Interval(interval.months() / 3 * 3, 0, 0);
            case "year" -> new Interval(interval.months() / 12 * 12, 0, 0);
            case "decade" -> new Interval(interval.months() / 120 * 120, 0, 0);
            case "century" -> new Interval(interval.months() / 1200 * 1200, 0, 0);
            case "millennium" -> new Interval(interval.months() / 12000 * 12000, 0, 0);
            // epoch is a reserved word, not a unit, in PostgreSQL's interval date_trunc: "not recognized".
            default -> throw unsupported(field, TypeKind.INTERVAL, isKnownUnit(unit) && !unit.equals("epoch"));
        };
    }
}
