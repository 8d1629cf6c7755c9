package io.dosql.engine.value;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Ordering, equality and hashing of non-null engine values, as PostgreSQL's btree and hash operator
 * families define them: numbers compare exactly across widths, text by code point (C collation),
 * NaN above every number, dates and timestamps across each other.
 */
public final class Values {
    private Values() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; both non-null. */
    public static int compare(Object a, Object b) {
        // The common keys first: integers of one class, compared without widening.
        if (a instanceof Integer left && b instanceof Integer right) {
            return Integer.compare(left, right);
        }
        if (a instanceof Long left && b instanceof Long right) {
            return Long.compare(left, right);
        }
        if (a instanceof Number && b instanceof Number) {
            return compareNumbers((Number) a, (Number) b);
        }
        if (a instanceof String left && b instanceof String right) {
            return compareText(left, right);
        }
        if (a instanceof Boolean left && b instanceof Boolean right) {
            return Boolean.compare(left, right);
        }
        if (isDateTime(a) && isDateTime(b)) {
            if (a.getClass() == b.getClass()) {
                return compareSameClass(a, b);
            }
            return toUtcDateTime(a).compareTo(toUtcDateTime(b));
        }
        if (a instanceof LocalTime left && b instanceof LocalTime right) {
            return left.compareTo(right);
        }
        if (a instanceof Interval left && b instanceof Interval right) {
            return compareIntervals(left, right);
        }
        if (a instanceof Bytes left && b instanceof Bytes right) {
            return left.compareTo(right);
        }
        if (a instanceof UUID left && b instanceof UUID right) {
            return compareUuids(left, right);
        }
        if (a instanceof io.dosql.core.Json left && b instanceof io.dosql.core.Json right) {
            return JsonOrder.compare(left, right);
        }
        throw ErrorCode.INTERNAL_ERROR.exception("cannot compare " + ValueTypes.nameOf(a) + " with "
                + ValueTypes.nameOf(b));
    }

    /** True when {@code a} and {@code b} are equal under {@link #compare}; both non-null. */
    public static boolean equal(Object a, Object b) {
        if (a.getClass() == b.getClass() && !(a instanceof Double) && !(a instanceof Float)
                && !(a instanceof BigDecimal) && !(a instanceof Interval) && !(a instanceof OffsetDateTime)
                && !(a instanceof io.dosql.core.Json)) {
            return a.equals(b);
        }
        return compare(a, b) == 0;
    }

    /**
     * A key whose {@code equals}/{@code hashCode} agree with {@link #equal}: equal numbers of any width
     * give equal keys (1, 1L, 1.0, 1.00), so GROUP BY, DISTINCT, hash joins and IN lists may use it.
     * Returns null for null.
     */
    public static Object hashKey(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer integer) {
            return integer.longValue();
        }
        if (value instanceof Short shortValue) {
            return shortValue.longValue();
        }
        if (value instanceof Long) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimalKey(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return number;
            }
            return decimalKey(new BigDecimal(number));
        }
        if (value instanceof Interval interval) {
            long totalDays = interval.months() * 30L + interval.days() + Math.floorDiv(interval.micros(), MICROS_PER_DAY);
            return new IntervalKey(totalDays, Math.floorMod(interval.micros(), MICROS_PER_DAY));
        }
        if (value instanceof LocalDate || value instanceof OffsetDateTime) {
            return toUtcDateTime(value);
        }
        if (value instanceof io.dosql.core.Json json) {
            return JsonOrder.hashKey(json); // {"a": 1} and {"a": 1.0} are equal jsonb values
        }
        return value;
    }

    /** An interval's span as whole days (a month is 30) and the microseconds left over. */
    private record IntervalKey(long days, long micros) {
    }

    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /**
     * PostgreSQL's interval_cmp: a month is 30 days, a day 24 hours. Computed as (days, micros) pairs
     * because the span in microseconds overflows a long for intervals beyond ~290,000 years.
     */
    static int compareIntervals(Interval left, Interval right) {
        long leftDays = left.months() * 30L + left.days() + Math.floorDiv(left.micros(), MICROS_PER_DAY);
        long rightDays = right.months() * 30L + right.days() + Math.floorDiv(right.micros(), MICROS_PER_DAY);
        if (leftDays != rightDays) {
            return Long.compare(leftDays, rightDays);
        }
        return Long.compare(Math.floorMod(left.micros(), MICROS_PER_DAY), Math.floorMod(right.micros(), MICROS_PER_DAY));
    }

    private static Object decimalKey(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return 0L;
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
            return stripped.longValueExact();
        }
        return stripped;
    }

    /** Numeric comparison: exact for integers and decimals, PostgreSQL's NaN-is-largest for floats. */
    static int compareNumbers(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if ((a instanceof Double || a instanceof Float) && (b instanceof Double || b instanceof Float)) {
            return compareDoubles(a.doubleValue(), b.doubleValue());
        }
        boolean aSpecial = isSpecialFloat(a);
        boolean bSpecial = isSpecialFloat(b);
        if (aSpecial || bSpecial) {
            // NaN and infinities are not BigDecimals; compare through double, where finite values are below them.
            return compareDoubles(aSpecial ? a.doubleValue() : Math.signum(toBigDecimal(a).signum()),
                    bSpecial ? b.doubleValue() : Math.signum(toBigDecimal(b).signum()));
        }
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    /** PostgreSQL's float comparison: -0 equals 0, NaN equals NaN and is above everything. */
    static int compareDoubles(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        if (a == b) {
            return 0;
        }
        boolean aNaN = Double.isNaN(a);
        boolean bNaN = Double.isNaN(b);
        return aNaN == bNaN ? 0 : aNaN ? 1 : -1;
    }

    /** Code-point order (PostgreSQL's C collation), which differs from UTF-16 order above U+FFFF. */
    public static int compareText(String a, String b) {
        int length = Math.min(a.length(), b.length());
        for (int index = 0; index < length; index++) {
            char left = a.charAt(index);
            char right = b.charAt(index);
            if (left != right) {
                if (Character.isSurrogate(left) || Character.isSurrogate(right)) {
                    return Integer.compare(a.codePointAt(index), b.codePointAt(index));
                }
                return left - right;
            }
        }
        return a.length() - b.length();
    }

    private static int compareUuids(UUID a, UUID b) {
        // PostgreSQL compares uuids as unsigned bytes; java.util.UUID.compareTo is signed.
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareSameClass(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    static boolean isIntegral(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short;
    }

    private static boolean isSpecialFloat(Number number) {
        return (number instanceof Double || number instanceof Float)
                && (Double.isNaN(number.doubleValue()) || Double.isInfinite(number.doubleValue()));
    }

    /** Exact BigDecimal of a finite number of any width. */
    public static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (isIntegral(number)) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.doubleValue());
    }

    private static boolean isDateTime(Object value) {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime;
    }

    /** Dates are midnight; timestamptz values are read in UTC, the engine's session time zone. */
    static LocalDateTime toUtcDateTime(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
