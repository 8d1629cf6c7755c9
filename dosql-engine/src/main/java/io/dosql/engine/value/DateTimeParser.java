package io.dosql.engine.value;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.TypeKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's date/time input for the common spellings: ISO {@code 2024-01-31}, {@code 20240131},
 * {@code 01/31/2024} (DateStyle MDY), {@code Jan 31 2024}, a time after a space or {@code T}, an
 * offset ({@code Z}, {@code +02}, {@code +05:30}, {@code UTC}), {@code BC}, and the words
 * {@code epoch}, {@code now}, {@code today}, {@code tomorrow}, {@code yesterday}, {@code allballs}.
 */
final class DateTimeParser {
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4,})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4,})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4,})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[\\s-]+(" + MONTHS + ")[a-z]*[\\s-]+(\\d{4,})");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d+))?)?(?:\\s*(am|pm))?");
    private static final Pattern ZONE = Pattern.compile("(z|utc|gmt|[+-]\\d{1,2}(?::?\\d{2}){0,2})");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<date>[^\\st+]+|(?:" + MONTHS + ")[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4,}|\\d{1,2}\\s+(?:" + MONTHS
                    + ")[a-z]*\\s+\\d{4,})(?:(?:\\s+|t)(?<time>" + TIME.pattern() + "))?\\s*(?<zone>"
                    + ZONE.pattern() + ")?(?<era>\\s*bc)?");

    private DateTimeParser() {
    }

    static LocalDate parseDate(String text) {
        return parseDateTime(text, TypeKind.DATE).toLocalDate();
    }

    static LocalDateTime parseTimestamp(String text) {
        return parseDateTime(text, TypeKind.TIMESTAMP);
    }

    static OffsetDateTime parseTimestampWithTimeZone(String text) {
        return parseDateTime(text, TypeKind.TIMESTAMPTZ).atOffset(ZoneOffset.UTC);
    }

    static LocalTime parseTime(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("allballs")) {
            return LocalTime.MIDNIGHT;
        }
        if (lower.equals("now")) {
            return LocalTime.now(ZoneOffset.UTC);
        }
        Matcher timestamp = TIMESTAMP.matcher(lower);
        if (timestamp.matches() && timestamp.group("time") != null) {
            return parseDateTime(text, TypeKind.TIME).toLocalTime();
        }
        Matcher matcher = Pattern.compile(TIME.pattern() + "\\s*(?:" + ZONE.pattern() + ")?").matcher(lower);
        if (!matcher.matches()) {
            throw ErrorCode.INVALID_DATETIME_FORMAT.exception(TypeKind.TIME.postgresName(), text);
        }
        return time(matcher, 0, text);
    }

    /**
     * Parses a date with optional time and zone; for TIMESTAMPTZ the result is the UTC wall clock,
     * for the other kinds the zone is ignored as PostgreSQL does.
     */
    private static LocalDateTime parseDateTime(String text, TypeKind kind) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        LocalDateTime special = specialWord(lower);
        if (special != null) {
            return special;
        }
        Matcher matcher = TIMESTAMP.matcher(lower);
        if (!matcher.matches()) {
            throw ErrorCode.INVALID_DATETIME_FORMAT.exception(kind.postgresName(), text);
        }
        LocalDate date = date(matcher.group("date"), matcher.group("era") != null, text, kind);
        LocalDateTime local = date.atStartOfDay();
        if (matcher.group("time") != null) {
            Matcher timeMatcher = TIME.matcher(matcher.group("time"));
            if (!timeMatcher.matches()) {
                throw ErrorCode.INVALID_DATETIME_FORMAT.exception(kind.postgresName(), text);
            }
            long nanos = timeOfDayNanos(timeMatcher, text, kind != TypeKind.TIME);
            // A date keeps its day even when the time part says 24:00:00 or 23:59:60.
            local = kind == TypeKind.DATE ? local : local.plusNanos(nanos);
        }
        String zone = matcher.group("zone");
        if (zone != null && kind == TypeKind.TIMESTAMPTZ) {
            ZoneOffset offset = offset(zone, text);
            local = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return local;
    }

    private static LocalDateTime specialWord(String lower) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return switch (lower) {
            case "epoch" -> LocalDateTime.of(1970, 1, 1, 0, 0);
            case "now" -> LocalDateTime.now(ZoneOffset.UTC);
            case "today" -> today.atStartOfDay();
            case "tomorrow" -> today.plusDays(1).atStartOfDay();
            case "yesterday" -> today.minusDays(1).atStartOfDay();
            default -> null;
        };
    }

    private static LocalDate date(String part, boolean beforeChrist, String text, TypeKind kind) {
        int year;
        int month;
        int day;
        Matcher matcher;
        if ((matcher = ISO_DATE.matcher(part)).matches() || (matcher = COMPACT_DATE.matcher(part)).matches()) {
            year = Integer.parseInt(matcher.group(1));
            month = Integer.parseInt(matcher.group(2));
            day = Integer.parseInt(matcher.group(3));
        } else if ((matcher = SLASH_DATE.matcher(part)).matches()) {
            month = Integer.parseInt(matcher.group(1));
            day = Integer.parseInt(matcher.group(2));
            year = Integer.parseInt(matcher.group(3));
        } else if ((matcher = MONTH_FIRST.matcher(part)).matches()) {
            month = monthNumber(matcher.group(1));
            day = Integer.parseInt(matcher.group(2));
            year = Integer.parseInt(matcher.group(3));
        } else if ((matcher = DAY_FIRST.matcher(part)).matches()) {
            day = Integer.parseInt(matcher.group(1));
            month = monthNumber(matcher.group(2));
            year = Integer.parseInt(matcher.group(3));
        } else {
            throw ErrorCode.INVALID_DATETIME_FORMAT.exception(kind.postgresName(), text);
        }
        if (beforeChrist) {
            year = 1 - year;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException outOfRange) {
            throw fieldOutOfRange(text);
        }
    }

    private static int monthNumber(String abbreviation) {
        return MONTHS.indexOf(abbreviation) / 4 + 1;
    }

    /**
     * Nanoseconds since midnight; with {@code allowRollover}, 24:00:00 and a leap second 23:59:60 roll
     * into the next day or minute, as PostgreSQL's timestamp input does.
     */
    private static long timeOfDayNanos(Matcher matcher, String text, boolean allowRollover) {
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        boolean leapSecond = allowRollover && second == 60 && matcher.group(4) == null;
        boolean endOfDay = allowRollover && hour == 24 && minute == 0 && second == 0 && matcher.group(5) == null;
        if (!leapSecond && !endOfDay) {
            return time(matcher, 0, text).toNanoOfDay();
        }
        return ((hour * 60L + minute) * 60L + second) * 1_000_000_000L;
    }

    private static LocalTime time(Matcher matcher, int groupOffset, String text) {
        int hour = Integer.parseInt(matcher.group(groupOffset + 1));
        int minute = Integer.parseInt(matcher.group(groupOffset + 2));
        int second = matcher.group(groupOffset + 3) == null ? 0 : Integer.parseInt(matcher.group(groupOffset + 3));
        String fraction = matcher.group(groupOffset + 4);
        String meridiem = matcher.group(groupOffset + 5);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                throw fieldOutOfRange(text);
            }
            hour = hour % 12 + (meridiem.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw fieldOutOfRange(text);
        }
        long micros = 0;
        if (fraction != null) {
            String padded = (fraction + "0000000").substring(0, 7);
            micros = (Long.parseLong(padded) + 5) / 10; // round to microseconds
        }
        long nanos = ((hour * 60L + minute) * 60L + second) * 1_000_000_000L + micros * 1000L;
        if (nanos >= 86_400_000_000_000L) {
            throw fieldOutOfRange(text);
        }
        return LocalTime.ofNanoOfDay(nanos);
    }

    private static ZoneOffset offset(String zone, String text) {
        if (zone.equals("z") || zone.equals("utc") || zone.equals("gmt")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        int seconds = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            int hourLength = digits.length() % 2 == 1 ? 1 : 2;
            hours = Integer.parseInt(digits.substring(0, hourLength));
            minutes = Integer.parseInt(digits.substring(hourLength, hourLength + 2));
            if (digits.length() > hourLength + 2) {
                seconds = Integer.parseInt(digits.substring(hourLength + 2));
            }
        }
        try {
            return ZoneOffset.ofHoursMinutesSeconds(sign * hours, sign * minutes, sign * seconds);
        } catch (DateTimeException invalid) {
            throw ErrorCode.INVALID_DATETIME_FORMAT.exception(TypeKind.TIMESTAMPTZ.postgresName(), text);
        }
    }

    static DoSqlException fieldOutOfRange(String text) {
        return ErrorCode.DATETIME_FIELD_OVERFLOW.exception(text);
    }
}
