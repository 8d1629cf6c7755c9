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
     * days, a day 24 hours), the carried seconds rounded to microseconds; e.g. {@code 1 mon * 1.5 =
     * 1 mon 15 days}.
     */
    public static Interval multiply(Interval interval, double factor) {
        return scale(interval, value -> value * factor);
    }

    /** PostgreSQL's interval_div: as {@link #multiply} with each field divided. */
    public static Interval divide(Interval interval, double divisor) {
        if (divisor == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return scale(interval, value -> value / divisor);
    }

    private static Interval scale(Interval interval, java.util.function.DoubleUnaryOperator operation) {
        double scaledMonths = operation.applyAsDouble(interval.months());
        double scaledDays = operation.applyAsDouble(interval.days());
        if (Double.isNaN(scaledMonths) || Double.isNaN(scaledDays)) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
        }
        int months = checkedInt(scaledMonths);
        int days = checkedInt(scaledDays);
        double monthRemainderDays = (operation.applyAsDouble(interval.months()) - months) * DAYS_PER_MONTH;
        monthRemainderDays = Math.rint(monthRemainderDays * 1_000_000.0) / 1_000_000.0;
        double secondRemainder = (scaledDays - days + monthRemainderDays - (int) monthRemainderDays) * 86_400.0;
        secondRemainder = Math.rint(secondRemainder * 1_000_000.0) / 1_000_000.0;
        if (Math.abs(secondRemainder) >= 86_400.0) {
            int carriedDays = (int) (secondRemainder / 86_400.0);
            days += carriedDays;
            secondRemainder -= carriedDays * 86_400.0;
        }
        days = Math.addExact(days, (int) monthRemainderDays);
        double micros = Math.rint(operation.applyAsDouble(interval.micros()) + secondRemainder * MICROS_PER_SECOND);
        if (Double.isNaN(micros) || Math.abs(micros) >= 0x1p63) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
        }
        return new Interval(months, days, (long) micros);
    }

    private static int checkedInt(double value) {
        if (value >= Integer.MAX_VALUE + 1.0 || value <= Integer.MIN_VALUE - 1.0) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
        }
        return (int) value;
    }
}
