package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Date, time, timestamp and interval arithmetic as PostgreSQL does it: months are added first
 * (clamping to the month's end), then days, then the time part; differences of timestamps are
 * days plus a time under 24 hours ({@code justify_hours}).
 */
public final class DateTimeArithmetic {
    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
    private static final int DAYS_PER_MONTH = 30;

    private DateTimeArithmetic() {
    }

    public static LocalDate addDays(LocalDate date, long days) {
        return date.plusDays(days);
    }

    public static Integer subtractDates(LocalDate a, LocalDate b) {
        return NumericArithmetic.integer(ChronoUnit.DAYS.between(b, a));
    }

    public static LocalDateTime addInterval(LocalDateTime timestamp, Interval interval) {
        try {
            return timestamp.plusMonths(interval.months()).plusDays(interval.days())
                    .plusNanos(Math.multiplyExact(interval.micros(), 1000L));
        } catch (ArithmeticException | java.time.DateTimeException overflow) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("timestamp");
        }
    }

    public static OffsetDateTime addInterval(OffsetDateTime timestamp, Interval interval) {
        return addInterval(timestamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), interval)
                .atOffset(ZoneOffset.UTC);
    }

    public static LocalTime addInterval(LocalTime time, Interval interval) {
        // time + interval wraps around midnight and ignores months and days, as in PostgreSQL.
        long micros = Math.floorMod(interval.micros(), MICROS_PER_DAY);
        return time.plusNanos(micros * 1000L);
    }

    /** {@code timestamp - timestamp}: whole days plus the remaining time, signs agreeing. */
    public static Interval subtractTimestamps(LocalDateTime a, LocalDateTime b) {
        long micros = ChronoUnit.MICROS.between(b, a);
        return justifyHours(new Interval(0, 0, micros));
    }

    public static Interval subtractTimes(LocalTime a, LocalTime b) {
        return Interval.ofMicros((a.toNanoOfDay() - b.toNanoOfDay()) / 1000L);
    }

    /** PostgreSQL's justify_hours: moves whole 24-hour spans of the time part into days. */
    public static Interval justifyHours(Interval interval) {
        long days = interval.days() + interval.micros() / MICROS_PER_DAY;
        long micros = interval.micros() % MICROS_PER_DAY;
        if (days > 0 && micros < 0) {
            micros += MICROS_PER_DAY;
            days--;
        } else if (days < 0 && micros > 0) {
            micros -= MICROS_PER_DAY;
            days++;
        }
        return new Interval(interval.months(), Math.toIntExact(days), micros);
    }

    /** PostgreSQL's justify_days: moves whole 30-day spans into months. */
    public static Interval justifyDays(Interval interval) {
        int months = interval.months() + interval.days() / DAYS_PER_MONTH;
        int days = interval.days() % DAYS_PER_MONTH;
        if (months > 0 && days < 0) {
            days += DAYS_PER_MONTH;
            months--;
        } else if (months < 0 && days > 0) {
            days -= DAYS_PER_MONTH;
            months++;
        }
        return new Interval(months, days, interval.micros());
    }

    /**
     * PostgreSQL's interval_mul: each field is scaled and its fraction cascades down (a month is 30
     * days, a day 24 hours); e.g. {@code 1 mon * 1.5 = 1 mon 15 days}.
     */
    public static Interval multiply(Interval interval, double factor) {
        if (Double.isNaN(factor) || Double.isInfinite(factor)) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
        }
        double months = interval.months() * factor;
        double days = interval.days() * factor;
        int wholeMonths = checkedInt(months);
        double monthRemainderDays = (months - wholeMonths) * DAYS_PER_MONTH;
        int wholeDays = checkedInt(days);
        double dayRemainder = days - wholeDays;
        // Round the month remainder to whole days' microseconds as PostgreSQL (which rounds to microseconds).
        int remainderWholeDays = checkedInt(monthRemainderDays);
        double secondsFromRemainders = (monthRemainderDays - remainderWholeDays) * 86_400.0 + dayRemainder * 86_400.0;
        long micros = Math.round(interval.micros() * factor + secondsFromRemainders * MICROS_PER_SECOND);
        return new Interval(wholeMonths, Math.addExact(wholeDays, remainderWholeDays), micros);
    }

    public static Interval divide(Interval interval, double divisor) {
        if (divisor == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return multiply(interval, 1.0 / divisor);
    }

    private static int checkedInt(double value) {
        if (value >= Integer.MAX_VALUE + 1.0 || value <= Integer.MIN_VALUE - 1.0) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
        }
        return (int) value;
    }
}
