package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.TypeKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's interval input: {@code 1 year 2 mons 3 days 04:05:06}, {@code -1 week},
 * {@code 2 hours ago}, a bare number of seconds, {@code 10:00} (hours:minutes), and ISO 8601
 * {@code P1Y2M3DT4H5M6S}. Fractions cascade down (1.5 months is 1 mon 15 days).
 */
final class IntervalParser {
    private static final Pattern ISO = Pattern.compile(
            "p(?:([-+]?[\\d.]+)y)?(?:([-+]?[\\d.]+)m)?(?:([-+]?[\\d.]+)w)?(?:([-+]?[\\d.]+)d)?"
                    + "(?:t(?:([-+]?[\\d.]+)h)?(?:([-+]?[\\d.]+)m)?(?:([-+]?[\\d.]+)s)?)?");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<clock>[-+]?\\d+:\\d{1,2}(?::\\d{1,2}(?:\\.\\d+)?)?)"
                    + "|(?<number>[-+]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*(?<unit>[a-z]+)?|(?<ago>ago)|(?<at>@))");
    private static final long MICROS_PER_HOUR = 3_600_000_000L;
    private static final long MICROS_PER_MINUTE = 60_000_000L;

    private IntervalParser() {
    }

    static Interval parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            throw invalid(text);
        }
        if (lower.startsWith("p")) {
            return parseIso(lower, text);
        }
        Accumulator total = new Accumulator(text);
        Matcher matcher = TOKEN.matcher(lower);
        int position = 0;
        boolean ago = false;
        boolean any = false;
        while (position < lower.length()) {
            if (!matcher.find(position) || matcher.start() != position || ago) {
                throw invalid(text); // nothing may follow "ago"
            }
            position = matcher.end();
            if (matcher.group("clock") != null) {
                total.addClock(matcher.group("clock"));
                any = true;
            } else if (matcher.group("number") != null) {
                String unit = matcher.group("unit");
                total.add(matcher.group("number"), unit == null ? "second" : unit);
                any = true;
            } else if (matcher.group("ago") != null) {
                ago = true;
            }
            while (position < lower.length() && Character.isWhitespace(lower.charAt(position))) {
                position++;
            }
        }
        if (!any) {
            throw invalid(text);
        }
        Interval result = total.toInterval();
        return ago ? result.negate() : result;
    }

    private static Interval parseIso(String lower, String text) {
        Matcher matcher = ISO.matcher(lower);
        if (!matcher.matches() || lower.equals("p") || lower.endsWith("t")) {
            throw invalid(text);
        }
        Accumulator total = new Accumulator(text);
        String[] units = {"year", "month", "week", "day", "hour", "minute", "second"};
        for (int group = 1; group <= units.length; group++) {
            if (matcher.group(group) != null) {
                total.add(matcher.group(group), units[group - 1]);
            }
        }
        return total.toInterval();
    }

    private static RuntimeException invalid(String text) {
        return ErrorCode.INVALID_DATETIME_FORMAT.exception(TypeKind.INTERVAL.postgresName(), text);
    }

    /**
     * Sums fields as PostgreSQL's DecodeInterval: each field may appear once (a clock time claims
     * hours, minutes and seconds); a fraction of years becomes whole months (rounded), a fraction of
     * months or weeks or days cascades into days and then microseconds.
     */
    private static final class Accumulator {
        private static final int YEAR = 1;
        private static final int MONTH = 1 << 1;
        private static final int DAY = 1 << 2;
        private static final int WEEK = 1 << 3;
        private static final int HOUR = 1 << 4;
        private static final int MINUTE = 1 << 5;
        private static final int SECOND = 1 << 6;
        private static final int MILLISECOND = 1 << 7;
        private static final int MICROSECOND = 1 << 8;
        private static final int DECADE = 1 << 9;
        private static final int CENTURY = 1 << 10;
        private static final int MILLENNIUM = 1 << 11;
        private static final int ALL_SECONDS = SECOND | MILLISECOND | MICROSECOND;

        private final String text;
        private int usedFields;
        private long months;
        private long days;
        private long micros;

        Accumulator(String text) {
            this.text = text;
        }

        private void claim(int fields) {
            if ((usedFields & fields) != 0) {
                throw invalid(text);
            }
            usedFields |= fields;
        }

        void add(String number, String unit) {
            // Whole and fractional parts are parsed apart, as PostgreSQL does, so 44.3 has a fraction of exactly .3.
            boolean negative = number.startsWith("-");
            String unsigned = number.startsWith("-") || number.startsWith("+") ? number.substring(1) : number;
            int point = unsigned.indexOf('.');
            String wholeDigits = point < 0 ? unsigned : unsigned.substring(0, point);
            String fractionDigits = point < 0 ? "" : unsigned.substring(point + 1);
            long whole;
            double fraction;
            try {
                whole = wholeDigits.isEmpty() ? 0 : Long.parseLong(wholeDigits);
                fraction = fractionDigits.isEmpty() ? 0 : Double.parseDouble("0." + fractionDigits);
            } catch (NumberFormatException malformed) {
                throw invalid(text);
            }
            if (negative) {
                whole = -whole;
                fraction = -fraction;
            }
            switch (unit) {
                case "millennium", "millennia", "millenniums", "mil", "mils" -> addYears(MILLENNIUM, whole * 1000, fraction * 1000);
                case "century", "centuries", "cent", "c" -> addYears(CENTURY, whole * 100, fraction * 100);
                case "decade", "decades", "dec", "decs" -> addYears(DECADE, whole * 10, fraction * 10);
                case "year", "years", "yr", "yrs", "y" -> addYears(YEAR, whole, fraction);
                case "month", "months", "mon", "mons" -> {
                    claim(MONTH);
                    months += whole;
                    addFractionalDays(fraction * 30);
                }
                case "week", "weeks", "w" -> {
                    claim(WEEK);
                    days += whole * 7;
                    addFractionalDays(fraction * 7);
                }
                case "day", "days", "d" -> {
                    claim(DAY);
                    days += whole;
                    addFractionalDays(fraction);
                }
                case "hour", "hours", "hr", "hrs", "h" -> {
                    claim(HOUR);
                    addMicros(whole, fraction, MICROS_PER_HOUR);
                }
                case "minute", "minutes", "min", "mins", "m" -> {
                    claim(MINUTE);
                    addMicros(whole, fraction, MICROS_PER_MINUTE);
                }
                case "second", "seconds", "sec", "secs", "s" -> {
                    claim(fraction == 0 ? SECOND : ALL_SECONDS);
                    addMicros(whole, fraction, 1_000_000L);
                }
                case "millisecond", "milliseconds", "ms", "msec", "msecs" -> {
                    claim(MILLISECOND);
                    addMicros(whole, fraction, 1000L);
                }
                case "microsecond", "microseconds", "us", "usec", "usecs" -> {
                    claim(MICROSECOND);
                    addMicros(whole, fraction, 1L);
                }
                default -> throw invalid(text);
            }
        }

        /** PostgreSQL's AdjustMicroseconds: the fraction is rounded half to even (llrint). */
        private void addMicros(long whole, double fraction, long scale) {
            try {
                micros = Math.addExact(micros, Math.addExact(Math.multiplyExact(whole, scale), (long) Math.rint(fraction * scale)));
            } catch (ArithmeticException overflow) {
                throw ErrorCode.DATETIME_FIELD_OVERFLOW.exception(text);
            }
        }

        private void addYears(int field, long years, double fractionOfYears) {
            claim(field);
            months += years * 12 + Math.round(Math.rint(fractionOfYears * 12));
        }

        /** PostgreSQL's AdjustFractDays: whole days, then the rest as microseconds (rounded half away). */
        private void addFractionalDays(double fractionalDays) {
            long wholeDays = (long) fractionalDays;
            days += wholeDays;
            double rest = (fractionalDays - wholeDays) * 86_400_000_000.0;
            long restMicros = (long) rest;
            double leftover = rest - restMicros;
            if (leftover > 0.5) {
                restMicros++;
            } else if (leftover < -0.5) {
                restMicros--;
            }
            micros += restMicros;
        }

        void addClock(String clock) {
            claim(HOUR | MINUTE | ALL_SECONDS);
            boolean negative = clock.startsWith("-");
            String[] parts = clock.replace("-", "").replace("+", "").split(":");
            if (Long.parseLong(parts[1]) > 59 || parts.length > 2 && Double.parseDouble(parts[2]) >= 60) {
                throw ErrorCode.DATETIME_FIELD_OVERFLOW.exception(text);
            }
            long value = Long.parseLong(parts[0]) * MICROS_PER_HOUR + Long.parseLong(parts[1]) * MICROS_PER_MINUTE;
            if (parts.length > 2) {
                value += Math.round(Double.parseDouble(parts[2]) * 1_000_000L);
            }
            micros += negative ? -value : value;
        }

        Interval toInterval() {
            if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE || days > Integer.MAX_VALUE
                    || days < Integer.MIN_VALUE) {
                throw ErrorCode.DATETIME_FIELD_OVERFLOW.exception(text);
            }
            return new Interval((int) months, (int) days, micros);
        }
    }
}
