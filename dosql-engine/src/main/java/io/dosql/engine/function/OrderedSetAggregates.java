package io.dosql.engine.function;

import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTERVAL;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.engine.value.DateTimeArithmetic;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's ordered-set aggregates {@code percentile_cont(f)}, {@code percentile_disc(f)} and
 * {@code mode()} {@code WITHIN GROUP (ORDER BY x)}. The binder passes the sorted-by expression as the
 * last argument and the aggregate machinery feeds the rows in the WITHIN GROUP order, so each
 * accumulator sees the values already sorted (in the direction asked for); nulls are skipped.
 */
final class OrderedSetAggregates {
    /** The names that take WITHIN GROUP (and only with it). */
    static final Set<String> NAMES = Set.of("percentile_cont", "percentile_disc", "mode");

    private OrderedSetAggregates() {
    }

    static void register(FunctionTable table, List<SqlType> orderedTypes) {
        table.aggregate("percentile_cont", DOUBLE, List.of(DOUBLE, DOUBLE), () -> new Continuous(false));
        table.aggregate("percentile_cont", INTERVAL, List.of(DOUBLE, INTERVAL), () -> new Continuous(true));
        List<SqlType> types = new ArrayList<>(orderedTypes);
        types.add(SqlType.BOOLEAN);
        types.add(SqlType.UUID);
        for (SqlType type : types) {
            table.aggregate("percentile_disc", type, List.of(DOUBLE, type), Discrete::new);
            table.aggregate("mode", type, List.of(type), Mode::new);
        }
    }

    /** The sorted non-null values and the (per group constant) fraction. */
    private abstract static class Percentile implements Accumulator {
        final List<Object> values = new ArrayList<>();
        Double fraction;
        boolean nullFraction;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] == null) {
                nullFraction = true;
            } else if (fraction == null) {
                fraction = ((Number) arguments[0]).doubleValue();
            }
            if (arguments[1] != null) {
                values.add(arguments[1]);
            }
        }

        @Override
        public Object result() {
            if (nullFraction || values.isEmpty()) {
                return null;
            }
            if (!(fraction >= 0 && fraction <= 1)) {
                String shown = fraction == Math.rint(fraction) && !Double.isInfinite(fraction)
                        ? Long.toString((long) (double) fraction) : Double.toString(fraction);
                throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                        "percentile value " + shown + " is not between 0 and 1");
            }
            return pick(fraction);
        }

        abstract Object pick(double fraction);
    }

    /** Interpolates between the two values around position fraction × (n − 1). */
    private static final class Continuous extends Percentile {
        private final boolean interval;

        Continuous(boolean interval) {
            this.interval = interval;
        }

        @Override
        Object pick(double fraction) {
            double position = fraction * (values.size() - 1);
            int lower = (int) Math.floor(position);
            int upper = (int) Math.ceil(position);
            double weight = position - lower;
            if (interval) {
                Interval low = (Interval) values.get(lower);
                Interval high = (Interval) values.get(upper);
                return lower == upper ? low : low.plus(DateTimeArithmetic.multiply(high.plus(low.negate()), weight));
            }
            double low = ((Number) values.get(lower)).doubleValue();
            double high = ((Number) values.get(upper)).doubleValue();
            return lower == upper ? low : low + (high - low) * weight;
        }
    }

    /** The first value whose cumulative position i / n reaches the fraction. */
    private static final class Discrete extends Percentile {
        @Override
        Object pick(double fraction) {
            int count = values.size();
            for (int index = 0; index < count; index++) {
                if ((double) (index + 1) / count >= fraction) {
                    return values.get(index);
                }
            }
            return values.get(count - 1);
        }
    }

    /** The most frequent value; among equally frequent ones the first in the sort order. */
    private static final class Mode implements Accumulator {
        private Object best;
        private long bestCount;
        private Object current;
        private long currentCount;

        @Override
        public void add(Object[] arguments) {
            Object value = arguments[0];
            if (value == null) {
                return;
            }
            if (current != null && Values.compare(current, value) == 0) {
                currentCount++;
            } else {
                current = value;
                currentCount = 1;
            }
            if (currentCount > bestCount) {
                best = current;
                bestCount = currentCount;
            }
        }

        @Override
        public Object result() {
            return best;
        }
    }
}
