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

    /**
     * PostgreSQL's default output style, e.g. {@code 1 year 2 mons 3 days 04:05:06}: a unit is plural
     * unless its amount is exactly 1, and a positive part after a negative one carries a '+'
     * ({@code -1 days +02:00:00}).
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        boolean negativeSeen = appendUnit(text, months / 12, "year", false);
        negativeSeen = appendUnit(text, months % 12, "mon", negativeSeen);
        negativeSeen = appendUnit(text, days, "day", negativeSeen);
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
            } else if (negativeSeen) {
                text.append('+');
            }
            text.append(String.format("%02d:%02d:%02d", hours, minutes, seconds));
            if (fraction != 0) {
                text.append('.').append(String.format("%06d", fraction).replaceAll("0+$", ""));
            }
        }
        return text.toString();
    }

    /** Appends one unit; returns whether a negative part has been written so far. */
    private static boolean appendUnit(StringBuilder text, int amount, String unit, boolean negativeSeen) {
        if (amount == 0) {
            return negativeSeen;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        if (amount > 0 && negativeSeen) {
            text.append('+');
        }
        text.append(amount).append(' ').append(unit);
        if (amount != 1) {
            text.append('s');
        }
        return negativeSeen || amount < 0;
    }
}
