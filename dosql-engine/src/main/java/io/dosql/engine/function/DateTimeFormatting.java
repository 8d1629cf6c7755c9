package io.dosql.engine.function;

import io.dosql.core.ErrorCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code to_char} for dates and times and its inverse {@code to_date}/{@code to_timestamp}: the
 * common template patterns (YYYY YYY YY Y MM DD DDD D HH HH12 HH24 MI SS MS US AM PM Mon Month Day Dy
 * Q WW IW J TZ OF), the FM fill-mode prefix and "quoted" literal text.
 */
final class DateTimeFormatting {
    /** Longest first, so HH24 wins over HH and MONTH over MON and MM. */
    private static final String[] PATTERNS = {"A.M.", "P.M.", "HH24", "HH12", "YYYY", "IYYY", "MONTH", "SSSS",
            "YYY", "IYY", "MON", "DAY", "DDD", "HH", "MI", "SS", "MS", "US", "AM", "PM", "YY", "IY", "MM", "DD", "DY",
            "IW", "WW", "TZ", "OF", "CC", "A.D.", "B.C.", "AD", "BC", "Y", "I", "D", "Q", "J", "W"};
    /** Names whose capitalised spelling (Month, Mon, Day, Dy) is also a keyword. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("MONTH", "MON", "DAY", "DY");

    private DateTimeFormatting() {
    }

    private record Token(String pattern, String caseForm, boolean fillMode, String literal) {
    }

    private static List<Token> tokenize(String template) {
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        while (index < template.length()) {
            boolean fillMode = false;
            if (template.startsWith("FM", index) || template.startsWith("fm", index)) {
                fillMode = true;
                index += 2;
            }
            if (index < template.length() && template.charAt(index) == '"') {
                int end = template.indexOf('"', index + 1);
                end = end < 0 ? template.length() : end;
                tokens.add(new Token(null, null, false, template.substring(index + 1, end)));
                index = Math.min(end + 1, template.length());
                continue;
            }
            // Keywords match case-sensitively in upper case, lower case, or (names) capitalised, as in PostgreSQL.
            String matched = null;
            for (String pattern : PATTERNS) {
                if (template.regionMatches(index, pattern, 0, pattern.length())
                        || template.regionMatches(index, pattern.toLowerCase(Locale.ROOT), 0, pattern.length())
                        || NAMES.contains(pattern) && template.regionMatches(index,
                        pattern.charAt(0) + pattern.substring(1).toLowerCase(Locale.ROOT), 0, pattern.length())) {
                    matched = pattern;
                    break;
                }
            }
            if (matched == null) {
                if (index < template.length()) {
                    tokens.add(new Token(null, null, false, String.valueOf(template.charAt(index))));
                }
                index++;
                continue;
            }
            tokens.add(new Token(matched, template.substring(index, index + matched.length()), fillMode, null));
            index += matched.length();
        }
        return tokens;
    }

    /** {@code to_char(timestamp, template)}; {@code withTimeZone} makes TZ print UTC and OF +00. */
    static String format(LocalDateTime timestamp, String template, boolean withTimeZone) {
        StringBuilder result = new StringBuilder();
        LocalDate date = timestamp.toLocalDate();
        LocalTime time = timestamp.toLocalTime();
        for (Token token : tokenize(template)) {
            if (token.literal() != null) {
                result.append(token.literal());
                continue;
            }
            boolean fill = token.fillMode();
            int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
            boolean afternoon = time.getHour() >= 12;
            String text = switch (token.pattern()) {
                case "YYYY" -> number(date.getYear(), 4, fill);
                case "IYYY" -> number(date.get(IsoFields.WEEK_BASED_YEAR), 4, fill);
                case "YYY" -> number(date.getYear() % 1000, 3, fill);
                case "IYY" -> number(date.get(IsoFields.WEEK_BASED_YEAR) % 1000, 3, fill);
                case "IY" -> number(date.get(IsoFields.WEEK_BASED_YEAR) % 100, 2, fill);
                case "I" -> number(date.get(IsoFields.WEEK_BASED_YEAR) % 10, 1, fill);
                case "CC" -> number((date.getYear() + 99) / 100, 2, fill);
                case "W" -> number((date.getDayOfMonth() - 1) / 7 + 1, 1, fill);
                case "YY" -> number(date.getYear() % 100, 2, fill);
                case "Y" -> number(date.getYear() % 10, 1, fill);
                case "MM" -> number(date.getMonthValue(), 2, fill);
                case "DD" -> number(date.getDayOfMonth(), 2, fill);
                case "DDD" -> number(date.getDayOfYear(), 3, fill);
                case "D" -> number(date.getDayOfWeek().getValue() % 7 + 1, 1, fill);
                case "HH", "HH12" -> number(hour12, 2, fill);
                case "HH24" -> number(time.getHour(), 2, fill);
                case "MI" -> number(time.getMinute(), 2, fill);
                case "SS" -> number(time.getSecond(), 2, fill);
                case "SSSS" -> number(time.toSecondOfDay(), 1, true);
                case "MS" -> number(time.getNano() / 1_000_000, 3, fill);
                case "US" -> number(time.getNano() / 1000, 6, fill);
                case "AM", "PM" -> applyCase(afternoon ? "PM" : "AM", token.caseForm());
                case "A.M.", "P.M." -> applyCase(afternoon ? "P.M." : "A.M.", token.caseForm());
                case "AD", "BC" -> applyCase(date.getYear() > 0 ? "AD" : "BC", token.caseForm());
                case "A.D.", "B.C." -> applyCase(date.getYear() > 0 ? "A.D." : "B.C.", token.caseForm());
                case "MONTH" -> name(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), token, 9);
                case "MON" -> name(date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), token, 3);
                case "DAY" -> name(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), token, 9);
                case "DY" -> name(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), token, 3);
                case "Q" -> number((date.getMonthValue() - 1) / 3 + 1, 1, fill);
                case "WW" -> number((date.getDayOfYear() - 1) / 7 + 1, 2, fill);
                case "IW" -> number(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, fill);
                case "J" -> number(date.getLong(JulianFields.JULIAN_DAY), 1, true);
                case "TZ" -> withTimeZone ? applyCase("UTC", token.caseForm()) : "";
                case "OF" -> withTimeZone ? "+00" : "";
                default -> token.caseForm();
            };
            result.append(text);
        }
        return result.toString();
    }

    /**
     * {@code to_char(interval, template)}: the interval's own fields (hours may exceed 24); calendar
     * patterns such as month names raise 22007 as in PostgreSQL.
     */
    static String formatInterval(io.dosql.core.Interval interval, String template) {
        StringBuilder result = new StringBuilder();
        long micros = interval.micros();
        long hours = micros / 3_600_000_000L;
        long minutes = micros / 60_000_000L % 60;
        long seconds = micros / 1_000_000L % 60;
        long fraction = micros % 1_000_000L;
        int years = interval.months() / 12;
        for (Token token : tokenize(template)) {
            if (token.literal() != null) {
                result.append(token.literal());
                continue;
            }
            boolean fill = token.fillMode();
            String text = switch (token.pattern()) {
                case "YYYY" -> number(years, 4, fill);
                case "YYY" -> number(years % 1000, 3, fill);
                case "YY" -> number(years % 100, 2, fill);
                case "Y" -> number(years % 10, 1, fill);
                case "MM" -> number(interval.months() % 12, 2, fill);
                case "DD" -> number(interval.days(), 2, fill);
                case "DDD" -> number(interval.days(), 3, fill);
                case "HH24" -> number(hours, 2, fill);
                case "HH", "HH12" -> number(hours % 12 == 0 ? 12 : hours % 12, 2, fill);
                case "MI" -> number(minutes, 2, fill);
                case "SS" -> number(seconds, 2, fill);
                case "SSSS" -> number(micros / 1_000_000L, 1, true);
                case "MS" -> number(fraction / 1000, 3, fill);
                case "US" -> number(fraction, 6, fill);
                case "AM", "PM" -> applyCase(hours % 24 >= 12 ? "PM" : "AM", token.caseForm());
                case "Q" -> ""; // PostgreSQL prints nothing for a quarter of an interval
                case "W" -> number(interval.days() / 7 + 1, 1, fill);
                default -> throw new io.dosql.core.DoSqlException(ErrorCode.INVALID_DATETIME_FORMAT,
                        "invalid format specification for an interval value")
                        .withHint("Intervals are not tied to specific calendar dates.");
            };
            result.append(text);
        }
        return result.toString();
    }

    private static String number(long value, int width, boolean fillMode) {
        String digits = Long.toString(Math.abs(value));
        if (!fillMode && digits.length() < width) {
            digits = "0".repeat(width - digits.length()) + digits;
        }
        return value < 0 ? "-" + digits : digits;
    }

    /** Month and day names: case follows the pattern (Month, MONTH, month); padded to 9 unless FM. */
    private static String name(String name, Token token, int width) {
        String text = applyCase(name, token.caseForm());
        if (!token.fillMode() && width == 9 && text.length() < width) {
            text = text + " ".repeat(width - text.length());
        }
        return text;
    }

    private static String applyCase(String text, String caseForm) {
        boolean secondUpper = caseForm.length() > 1 && !Character.isLowerCase(caseForm.charAt(1));
        if (Character.isUpperCase(caseForm.charAt(0)) && (caseForm.length() == 1 || secondUpper)) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (Character.isLowerCase(caseForm.charAt(0))) {
            return text.toLowerCase(Locale.ROOT);
        }
        return text.charAt(0) + text.substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@code to_timestamp(text, template)} / {@code to_date}: reads fields in template order. */
    static LocalDateTime parse(String input, String template) {
        int year = 0; // no year field: PostgreSQL's year 0, printed 0001 BC
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        long micros = 0;
        Boolean afternoon = null;
        int dayOfYear = -1;
        int position = 0;
        for (Token token : tokenize(template)) {
            if (token.literal() != null) {
                // Outside FX mode a template separator matches any single separator (or none) in the input.
                for (int index = 0; index < token.literal().length() && position < input.length(); index++) {
                    if (!Character.isLetterOrDigit(input.charAt(position))) {
                        position++;
                    }
                }
                continue;
            }
            while (position < input.length() && input.charAt(position) == ' ') {
                position++;
            }
            String pattern = token.pattern();
            switch (pattern) {
                case "MONTH", "MON" -> {
                    int found = matchName(input, position, true, pattern.equals("MON"));
                    if (found < 0) {
                        throw invalidValue(input, pattern);
                    }
                    month = found % 100;
                    position += found / 100;
                }
                case "DAY", "DY" -> {
                    int found = matchName(input, position, false, pattern.equals("DY"));
                    if (found < 0) {
                        throw invalidValue(input, pattern);
                    }
                    position += found / 100;
                }
                case "AM", "PM", "A.M.", "P.M." -> {
                    String rest = input.substring(position).toUpperCase(Locale.ROOT);
                    afternoon = rest.startsWith("PM") || rest.startsWith("P.M.");
                    if (!afternoon && !rest.startsWith("AM") && !rest.startsWith("A.M.")) {
                        throw invalidValue(input, pattern);
                    }
                    position += rest.startsWith("A.M.") || rest.startsWith("P.M.") ? 4 : 2;
                }
                case "TZ", "OF" -> {
                    while (position < input.length() && !Character.isWhitespace(input.charAt(position))) {
                        position++;
                    }
                }
                default -> {
                    int width = switch (pattern) {
                        case "YYYY", "IYYY" -> 4;
                        case "YYY", "DDD", "MS" -> 3;
                        case "Y", "D", "Q" -> 1;
                        case "US" -> 6;
                        case "J", "SSSS" -> 10;
                        default -> 2;
                    };
                    int start = position;
                    boolean negative = position < input.length() && input.charAt(position) == '-' && pattern.startsWith("Y");
                    if (negative) {
                        position++;
                    }
                    int digitsStart = position;
                    while (position < input.length() && position - digitsStart < width
                            && Character.isDigit(input.charAt(position))) {
                        position++;
                    }
                    if (position == digitsStart) {
                        throw ErrorCode.INVALID_DATETIME_FORMAT.exception("integer", input.substring(start));
                    }
                    String digits = input.substring(digitsStart, position);
                    long value = Long.parseLong(digits) * (negative ? -1 : 1);
                    switch (pattern) {
                        case "YYYY", "IYYY" -> year = (int) value;
                        case "YYY" -> year = (int) (value < 100 ? 2000 + value : 1000 + value);
                        case "YY" -> year = (int) (value < 70 ? 2000 + value : 1900 + value);
                        case "Y" -> year = (int) (2020 + value);
                        case "MM" -> month = (int) value;
                        case "DD" -> day = (int) value;
                        case "DDD" -> dayOfYear = (int) value;
                        case "HH", "HH12", "HH24" -> hour = (int) value;
                        case "MI" -> minute = (int) value;
                        case "SS" -> second = (int) value;
                        case "MS" -> micros = value * (long) Math.pow(10, 3 - digits.length()) * 1000;
                        case "US" -> micros = value * (long) Math.pow(10, 6 - digits.length());
                        case "J" -> {
                            LocalDate julian = LocalDate.MIN.with(JulianFields.JULIAN_DAY, value);
                            year = julian.getYear();
                            month = julian.getMonthValue();
                            day = julian.getDayOfMonth();
                        }
                        case "SSSS" -> {
                            hour = (int) (value / 3600);
                            minute = (int) (value / 60 % 60);
                            second = (int) (value % 60);
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        if (afternoon != null) {
            if (hour < 1 || hour > 12) {
                throw ErrorCode.INVALID_DATETIME_FORMAT.exception("timestamp", input);
            }
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        try {
            LocalDate date = dayOfYear > 0 ? LocalDate.ofYearDay(year, dayOfYear) : LocalDate.of(year, month, day);
            if (hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeException("time field out of range");
            }
            return LocalDateTime.of(date, LocalTime.of(hour, minute, second)).plusNanos(micros * 1000);
        } catch (DateTimeException outOfRange) {
            throw ErrorCode.DATETIME_FIELD_OVERFLOW.exception(input);
        }
    }

    /** Matches a month (or weekday) name at {@code position}: returns length * 100 + number, or -1. */
    private static int matchName(String input, int position, boolean month, boolean abbreviated) {
        int count = month ? 12 : 7;
        for (int number = 1; number <= count; number++) {
            String name = month ? java.time.Month.of(number).getDisplayName(
                    abbreviated ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH)
                    : java.time.DayOfWeek.of(number).getDisplayName(abbreviated ? TextStyle.SHORT : TextStyle.FULL,
                    Locale.ENGLISH);
            if (input.regionMatches(true, position, name, 0, name.length())) {
                return name.length() * 100 + number;
            }
        }
        return -1;
    }

    private static RuntimeException invalidValue(String input, String pattern) {
        return ErrorCode.INVALID_DATETIME_FORMAT.exception("timestamp", input);
    }
}
