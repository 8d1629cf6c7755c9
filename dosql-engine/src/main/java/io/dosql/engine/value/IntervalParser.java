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
        Accumulator total = new Accumulator();
        Matcher matcher = TOKEN.matcher(lower);
        int position = 0;
        boolean ago = false;
        boolean any = false;
        while (position < lower.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw invalid(text);
            }
            position = matcher.end();
            if (matcher.group("clock") != null) {
                total.addClock(matcher.group("clock"));
                any = true;
            } else if (matcher.group("number") != null) {
                String unit = matcher.group("unit");
                double amount = Double.parseDouble(matcher.group("number"));
                if (unit == null) {
                    total.add(amount, "second", text);
                } else {
                    total.add(amount, unit, text);
                }
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
        Accumulator total = new Accumulator();
        String[] units = {"year", "month", "week", "day", "hour", "minute", "second"};
        for (int group = 1; group <= units.length; group++) {
            if (matcher.group(group) != null) {
                try {
                    total.add(Double.parseDouble(matcher.group(group)), units[group - 1], text);
                } catch (NumberFormatException malformed) {
                    throw invalid(text);
                }
            }
        }
        return total.toInterval();
    }

    private static RuntimeException invalid(String text) {
        return ErrorCode.INVALID_DATETIME_FORMAT.exception(TypeKind.INTERVAL.postgresName(), text);
    }

    /** Sums fields; fractional months spill into days (30 per month), fractional days into time. */
    private static final class Accumulator {
        private double months;
        private double days;
        private double micros;

        void add(double amount, String unit, String text) {
            switch (unit) {
                case "millennium", "millennia", "millenniums", "mil", "mils" -> months += amount * 12000;
                case "century", "centuries", "cent", "c" -> months += amount * 1200;
                case "decade", "decades", "dec", "decs" -> months += amount * 120;
                case "year", "years", "yr", "yrs", "y" -> months += amount * 12;
                case "month", "months", "mon", "mons" -> months += amount;
                case "week", "weeks", "w" -> days += amount * 7;
                case "day", "days", "d" -> days += amount;
                case "hour", "hours", "hr", "hrs", "h" -> micros += amount * MICROS_PER_HOUR;
                case "minute", "minutes", "min", "mins", "m" -> micros += amount * MICROS_PER_MINUTE;
                case "second", "seconds", "sec", "secs", "s" -> micros += amount * 1_000_000L;
                case "millisecond", "milliseconds", "ms", "msec", "msecs" -> micros += amount * 1000L;
                case "microsecond", "microseconds", "us", "usec", "usecs" -> micros += amount;
                default -> throw invalid(text);
            }
        }

        void addClock(String clock) {
            boolean negative = clock.startsWith("-");
            String[] parts = clock.replace("-", "").replace("+", "").split(":");
            double value = Long.parseLong(parts[0]) * (double) MICROS_PER_HOUR
                    + Long.parseLong(parts[1]) * (double) MICROS_PER_MINUTE;
            if (parts.length > 2) {
                value += Double.parseDouble(parts[2]) * 1_000_000L;
            }
            micros += negative ? -value : value;
        }

        Interval toInterval() {
            int wholeMonths = (int) months;
            double dayTotal = days + (months - wholeMonths) * 30;
            int wholeDays = (int) dayTotal;
            double microTotal = micros + (dayTotal - wholeDays) * 86_400_000_000.0;
            return new Interval(wholeMonths, wholeDays, Math.round(microTotal));
        }
    }
}
