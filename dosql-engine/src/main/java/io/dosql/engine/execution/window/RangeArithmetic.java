package io.dosql.engine.execution.window;

import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.engine.value.DateTimeArithmetic;
import io.dosql.engine.value.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** PostgreSQL's in_range arithmetic for RANGE frame offsets: key plus or minus offset, without overflow. */
final class RangeArithmetic {
    private RangeArithmetic() {
    }

    static boolean isNegative(Object offset) {
        if (offset instanceof Interval interval) {
            return interval.compareTo(new Interval(0, 0, 0)) < 0;
        }
        if (offset instanceof Double || offset instanceof Float) {
            return ((Number) offset).doubleValue() < 0 || Double.isNaN(((Number) offset).doubleValue());
        }
        return Values.toBigDecimal((Number) offset).signum() < 0;
    }

    /** {@code key - offset} when {@code subtract}, else {@code key + offset}. */
    static Object shift(Object key, Object offset, boolean subtract) {
        if (key instanceof Number number && offset instanceof Number amount) {
            if (key instanceof Double || key instanceof Float || offset instanceof Double || offset instanceof Float) {
                double value = amount.doubleValue();
                return subtract ? number.doubleValue() - value : number.doubleValue() + value;
            }
            // BigDecimal: integer keys near their type's limits must not overflow (PostgreSQL treats
            // an overflowing bound as "everything in range").
            BigDecimal value = Values.toBigDecimal(amount);
            BigDecimal base = Values.toBigDecimal(number);
            return subtract ? base.subtract(value) : base.add(value);
        }
        if (offset instanceof Interval interval) {
            Interval signed = subtract ? interval.negate() : interval;
            if (key instanceof LocalDate date) {
                return DateTimeArithmetic.addInterval(date.atStartOfDay(), signed);
            }
            if (key instanceof LocalDateTime timestamp) {
                return DateTimeArithmetic.addInterval(timestamp, signed);
            }
            if (key instanceof OffsetDateTime timestamp) {
                return DateTimeArithmetic.addInterval(timestamp, signed);
            }
            if (key instanceof Interval base) {
                return base.plus(signed);
            }
        }
        throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("RANGE with offset PRECEDING/FOLLOWING for this key type");
    }
}
