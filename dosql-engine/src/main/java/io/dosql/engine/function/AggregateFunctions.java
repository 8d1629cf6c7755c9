package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.BOOLEAN;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.INTERVAL;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.REAL;
import static io.dosql.core.SqlType.SMALLINT;
import static io.dosql.core.SqlType.TEXT;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.engine.value.DateTimeArithmetic;
import io.dosql.engine.value.NumericArithmetic;
import io.dosql.engine.value.Values;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The aggregates: count, sum, avg, min, max, string_agg, bool_and/bool_or/every and the
 * variance/stddev family, with PostgreSQL's result types (sum(int) bigint, sum(bigint) numeric,
 * avg(int) numeric with 16 fraction digits, avg(float) double) and null handling (nulls skipped;
 * no input gives null, except count which gives 0).
 */
final class AggregateFunctions {
    private static final List<SqlType> ORDERED_TYPES = List.of(SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, NUMERIC,
            TEXT, SqlType.DATE, SqlType.TIME, SqlType.TIMESTAMP, SqlType.TIMESTAMPTZ, INTERVAL);

    private AggregateFunctions() {
    }

    static void register(FunctionTable table) {
        table.aggregate("count", BIGINT, List.of(), CountRows::new);
        table.aggregate("count", BIGINT, List.of(FunctionTable.ANY), CountValues::new);

        table.aggregate("sum", BIGINT, List.of(SMALLINT), SumBigint::new);
        table.aggregate("sum", BIGINT, List.of(INTEGER), SumBigint::new);
        table.aggregate("sum", NUMERIC, List.of(BIGINT), SumNumeric::new);
        table.aggregate("sum", NUMERIC, List.of(NUMERIC), SumNumeric::new);
        table.aggregate("sum", REAL, List.of(REAL), SumReal::new);
        table.aggregate("sum", DOUBLE, List.of(DOUBLE), SumDouble::new);
        table.aggregate("sum", INTERVAL, List.of(INTERVAL), SumInterval::new);

        for (SqlType type : List.of(SMALLINT, INTEGER, BIGINT, NUMERIC)) {
            table.aggregate("avg", NUMERIC, List.of(type), AverageNumeric::new);
        }
        table.aggregate("avg", DOUBLE, List.of(REAL), AverageDouble::new);
        table.aggregate("avg", DOUBLE, List.of(DOUBLE), AverageDouble::new);
        table.aggregate("avg", INTERVAL, List.of(INTERVAL), AverageInterval::new);

        for (SqlType type : ORDERED_TYPES) {
            table.aggregate("min", type, List.of(type), () -> new Extreme(-1));
            table.aggregate("max", type, List.of(type), () -> new Extreme(1));
        }

        for (SqlType type : List.of(SMALLINT, INTEGER, BIGINT)) {
            table.aggregate("bit_and", type, List.of(type), () -> new BitAggregate(true, type));
            table.aggregate("bit_or", type, List.of(type), () -> new BitAggregate(false, type));
        }
        table.aggregate("string_agg", TEXT, List.of(TEXT, TEXT), StringAggregate::new);
        table.aggregate("string_agg", SqlType.BYTEA, List.of(SqlType.BYTEA, SqlType.BYTEA), BytesAggregate::new);
        table.aggregate("bool_and", BOOLEAN, List.of(BOOLEAN), () -> new BooleanAggregate(true));
        table.aggregate("every", BOOLEAN, List.of(BOOLEAN), () -> new BooleanAggregate(true));
        table.aggregate("bool_or", BOOLEAN, List.of(BOOLEAN), () -> new BooleanAggregate(false));

        OrderedSetAggregates.register(table, ORDERED_TYPES);

        registerVariance(table, "var_samp", true, false);
        registerVariance(table, "variance", true, false);
        registerVariance(table, "var_pop", false, false);
        registerVariance(table, "stddev_samp", true, true);
        registerVariance(table, "stddev", true, true);
        registerVariance(table, "stddev_pop", false, true);
    }

    private static void registerVariance(FunctionTable table, String name, boolean sample, boolean root) {
        for (SqlType type : List.of(SMALLINT, INTEGER, BIGINT, NUMERIC)) {
            table.aggregate(name, NUMERIC, List.of(type), () -> new VarianceAccumulators.NumericVariance(sample, root));
        }
        table.aggregate(name, DOUBLE, List.of(REAL), () -> new VarianceAccumulators.DoubleVariance(sample, root));
        table.aggregate(name, DOUBLE, List.of(DOUBLE), () -> new VarianceAccumulators.DoubleVariance(sample, root));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("aggregating numeric NaN or Infinity");
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    private static final class CountRows implements Accumulator {
        private long count;

        @Override
        public void add(Object[] arguments) {
            count++;
        }

        @Override
        public Object result() {
            return count;
        }
    }

    private static final class CountValues implements Accumulator {
        private long count;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                count++;
            }
        }

        @Override
        public Object result() {
            return count;
        }
    }

    private static final class SumBigint implements Accumulator {
        private long sum;
        private boolean any;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                sum = NumericArithmetic.addBigint(sum, ((Number) arguments[0]).longValue());
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? sum : null;
        }
    }

    private static final class SumNumeric implements Accumulator {
        private BigDecimal sum;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                BigDecimal value = decimal(arguments[0]);
                sum = sum == null ? value : sum.add(value);
            }
        }

        @Override
        public Object result() {
            return sum;
        }
    }

    private static final class SumReal implements Accumulator {
        private float sum;
        private boolean any;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                sum += (Float) arguments[0];
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? sum : null;
        }
    }

    private static final class SumDouble implements Accumulator {
        private double sum;
        private boolean any;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                sum += (Double) arguments[0];
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? sum : null;
        }
    }

    private static class SumInterval implements Accumulator {
        Interval sum;
        long count;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                Interval value = (Interval) arguments[0];
                sum = sum == null ? value : sum.plus(value);
                count++;
            }
        }

        @Override
        public Object result() {
            return sum;
        }
    }

    private static final class AverageInterval extends SumInterval {
        @Override
        public Object result() {
            return sum == null ? null : DateTimeArithmetic.divide(sum, count);
        }
    }

    /** avg over integers and numerics: the exact sum divided by the count with numeric division's scale. */
    private static final class AverageNumeric implements Accumulator {
        private BigDecimal sum = BigDecimal.ZERO;
        private long count;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                sum = sum.add(decimal(arguments[0]));
                count++;
            }
        }

        @Override
        public Object result() {
            return count == 0 ? null : NumericArithmetic.divideNumeric(sum, BigDecimal.valueOf(count));
        }
    }

    private static final class AverageDouble implements Accumulator {
        private double sum;
        private long count;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                sum += ((Number) arguments[0]).doubleValue();
                count++;
            }
        }

        @Override
        public Object result() {
            return count == 0 ? null : sum / count;
        }
    }

    private static final class Extreme implements Accumulator {
        private final int direction;
        private Object best;

        Extreme(int direction) {
            this.direction = direction;
        }

        @Override
        public void add(Object[] arguments) {
            Object value = arguments[0];
            if (value != null && (best == null || Values.compare(value, best) * direction > 0)) {
                best = value;
            }
        }

        @Override
        public Object result() {
            return best;
        }
    }

    private static final class StringAggregate implements Accumulator {
        private StringBuilder text;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] == null) {
                return;
            }
            if (text == null) {
                text = new StringBuilder();
            } else if (arguments[1] != null) {
                text.append((String) arguments[1]);
            }
            text.append((String) arguments[0]);
        }

        @Override
        public Object result() {
            return text == null ? null : text.toString();
        }
    }

    private static final class BytesAggregate implements Accumulator {
        private ByteArrayOutputStream bytes;

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] == null) {
                return;
            }
            if (bytes == null) {
                bytes = new ByteArrayOutputStream();
            } else if (arguments[1] != null) {
                bytes.writeBytes(((Bytes) arguments[1]).toByteArray());
            }
            bytes.writeBytes(((Bytes) arguments[0]).toByteArray());
        }

        @Override
        public Object result() {
            return bytes == null ? null : Bytes.copyOf(bytes.toByteArray());
        }
    }

    private static final class BitAggregate implements Accumulator {
        private final boolean conjunction;
        private final SqlType type;
        private Long result;

        BitAggregate(boolean conjunction, SqlType type) {
            this.conjunction = conjunction;
            this.type = type;
        }

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] == null) {
                return;
            }
            long value = ((Number) arguments[0]).longValue();
            result = result == null ? value : conjunction ? result & value : result | value;
        }

        @Override
        public Object result() {
            if (result == null) {
                return null;
            }
            return switch (type.kind()) {
                case SMALLINT -> (Object) result.shortValue();
                case INTEGER -> (Object) result.intValue();
                default -> (Object) result;
            };
        }
    }

    private static final class BooleanAggregate implements Accumulator {
        private final boolean conjunction;
        private Boolean result;

        BooleanAggregate(boolean conjunction) {
            this.conjunction = conjunction;
        }

        @Override
        public void add(Object[] arguments) {
            Boolean value = (Boolean) arguments[0];
            if (value == null) {
                return;
            }
            result = result == null ? value : conjunction ? result && value : result || value;
        }

        @Override
        public Object result() {
            return result;
        }
    }
}
