package io.dosql.engine.value;

import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * PostgreSQL's text output functions: what psql prints and what {@code CAST(x AS text)} yields
 * (booleans {@code t}/{@code f}, shortest round-trip floats, numerics with their scale, ISO dates,
 * timestamps without trailing zeros, timestamptz in UTC with {@code +00}, hex bytea).
 */
public final class ValueFormatter {
    private ValueFormatter() {
    }

    /** The text form of {@code value}; {@code type} may be null or UNKNOWN to infer it from the value. */
    public static String toText(Object value, SqlType type) {
        if (value == null) {
            return null;
        }
        TypeKind kind = type == null || type.kind() == TypeKind.UNKNOWN ? ValueTypes.kindOf(value) : type.kind();
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Boolean bool) {
            return bool ? "t" : "f";
        }
        if (value instanceof Double number) {
            return kind == TypeKind.REAL ? FloatFormatter.formatReal(number.floatValue())
                    : FloatFormatter.formatDouble(number);
        }
        if (value instanceof Float number) {
            return FloatFormatter.formatReal(number);
        }
        if (value instanceof BigDecimal decimal) {
            return NumericArithmetic.normalize(decimal).toPlainString();
        }
        if (value instanceof LocalDateTime timestamp) {
            return formatTimestamp(timestamp);
        }
        if (value instanceof OffsetDateTime timestamp) {
            String text = formatTimestamp(timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            // PostgreSQL writes the era after the offset: 0007-07-12 10:10:00.5+00 BC
            return text.endsWith(" BC") ? text.substring(0, text.length() - 3) + "+00 BC" : text + "+00";
        }
        if (value instanceof LocalDate date) {
            return formatDate(date);
        }
        if (value instanceof LocalTime time) {
            return formatTime(time);
        }
        if (value instanceof Interval interval) {
            return formatInterval(interval);
        }
        return value.toString();
    }

    /**
     * PostgreSQL's interval output (IntervalStyle postgres): {@code 1 year 2 mons -3 days 04:05:06.5}.
     * Units are plural unless the amount is exactly 1 ({@code -1 days}, as PostgreSQL prints it).
     */
    public static String formatInterval(Interval interval) {
        StringBuilder text = new StringBuilder();
        int years = interval.months() / 12;
        int months = interval.months() % 12;
        // A part after a negative one carries an explicit '+' (PostgreSQL's AddPostgresIntPart).
        boolean previousNegative = appendUnit(text, years, "year", false);
        previousNegative = appendUnit(text, months, "mon", previousNegative);
        previousNegative = appendUnit(text, interval.days(), "day", previousNegative);
        long micros = interval.micros();
        if (micros != 0 || text.length() == 0) {
            if (text.length() > 0) {
                text.append(' ');
            }
            if (micros < 0) {
                text.append('-');
            } else if (previousNegative) {
                text.append('+');
            }
            long absolute = Math.abs(micros);
            long hours = absolute / 3_600_000_000L;
            if (hours < 10) {
                text.append('0');
            }
            text.append(hours).append(':');
            appendTwoDigits(text, (int) (absolute / 60_000_000L % 60)).append(':');
            appendTwoDigits(text, (int) (absolute / 1_000_000L % 60));
            appendFraction(text, (int) (absolute % 1_000_000L));
        }
        return text.toString();
    }

    private static boolean appendUnit(StringBuilder text, int amount, String unit, boolean previousNegative) {
        if (amount == 0) {
            return previousNegative;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        if (previousNegative && amount > 0) {
            text.append('+');
        }
        text.append(amount).append(' ').append(unit);
        if (amount != 1) {
            text.append('s');
        }
        return amount < 0;
    }

    /** {@code 2024-01-31}; years before 1 are written {@code 0044-03-15 BC} as in PostgreSQL. */
    public static String formatDate(LocalDate date) {
        int year = date.getYear();
        if (year <= 0) {
            return String.format("%04d-%02d-%02d BC", 1 - year, date.getMonthValue(), date.getDayOfMonth());
        }
        if (year > 9999) {
            return year + String.format("-%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        }
        return date.toString();
    }

    /** {@code 12:34:56.789}: seconds always, the fraction without trailing zeros. */
    public static String formatTime(LocalTime time) {
        StringBuilder text = new StringBuilder(15);
        appendTwoDigits(text, time.getHour()).append(':');
        appendTwoDigits(text, time.getMinute()).append(':');
        appendTwoDigits(text, time.getSecond());
        appendFraction(text, time.getNano() / 1000);
        return text.toString();
    }

    public static String formatTimestamp(LocalDateTime timestamp) {
        LocalDate date = timestamp.toLocalDate();
        String datePart = formatDate(date);
        if (datePart.endsWith(" BC")) {
            return datePart.substring(0, datePart.length() - 3) + " " + formatTime(timestamp.toLocalTime()) + " BC";
        }
        return datePart + " " + formatTime(timestamp.toLocalTime());
    }

    private static StringBuilder appendTwoDigits(StringBuilder text, int value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }

    private static void appendFraction(StringBuilder text, int micros) {
        if (micros == 0) {
            return;
        }
        String digits = Integer.toString(micros + 1_000_000).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        text.append('.').append(digits, 0, end);
    }
}
