package io.dosql.core;

/**
 * A PostgreSQL interval value: months, days and microseconds kept apart, as PostgreSQL does, because
 * a month is not a fixed number of days nor a day a fixed number of seconds (daylight saving).
 */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    public static Interval ofMicros(long micros) {
        return new Interval(0, 0, micros);
    }

    /** Comparison as PostgreSQL's interval_cmp: a month counts as 30 days, a day as 24 hours. */
    @Override
    public int compareTo(Interval other) {
        return Long.compare(approximateMicros(), other.approximateMicros());
    }

    public long approximateMicros() {
        return (months * 30L + days) * MICROS_PER_DAY + micros;
    }

    public Interval plus(Interval other) {
        return new Interval(Math.addExact(months, other.months), Math.addExact(days, other.days),
                Math.addExact(micros, other.micros));
    }

    public Interval negate() {
        return new Interval(-months, -days, -micros);
    }

    /** PostgreSQL's default output style, e.g. {@code 1 year 2 mons 3 days 04:05:06}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int years = months / 12;
        int remainingMonths = months % 12;
        appendUnit(text, years, "year");
        appendUnit(text, remainingMonths, "mon");
        appendUnit(text, days, "day");
        if (micros != 0 || text.length() == 0) {
            long absolute = Math.abs(micros);
            long hours = absolute / 3_600_000_000L;
            long minutes = absolute / 60_000_000L % 60;
            long seconds = absolute / 1_000_000L % 60;
            long fraction = absolute % 1_000_000L;
            if (text.length() > 0) {
                text.append(' ');
            }
            if (micros < 0) {
                text.append('-');
            }
            text.append(String.format("%02d:%02d:%02d", hours, minutes, seconds));
            if (fraction != 0) {
                text.append('.').append(String.format("%06d", fraction).replaceAll("0+$", ""));
            }
        }
        return text.toString();
    }

    private static void appendUnit(StringBuilder text, int amount, String unit) {
        if (amount == 0) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(amount).append(' ').append(unit);
        if (Math.abs(amount) != 1) {
            text.append('s');
        }
    }
}
