package io.dosql.engine.function;

import io.dosql.engine.value.NumericArithmetic;
import io.dosql.engine.value.NumericMath;
import java.math.BigDecimal;

/** The accumulators behind variance, var_samp, var_pop, stddev, stddev_samp and stddev_pop. */
final class VarianceAccumulators {
    private VarianceAccumulators() {
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double) {
            throw io.dosql.core.ErrorCode.FEATURE_NOT_SUPPORTED.exception("aggregating numeric NaN or Infinity");
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    /**
     * PostgreSQL's numeric variance: (N·Σx² − (Σx)²) / (N·(N−1)) with numeric division's scale; the
     * standard deviation is its square root at that same scale.
     */
    static final class NumericVariance implements Accumulator {
        private final boolean sample;
        private final boolean root;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal sumOfSquares = BigDecimal.ZERO;
        private long count;

        NumericVariance(boolean sample, boolean root) {
            this.sample = sample;
            this.root = root;
        }

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] != null) {
                BigDecimal value = decimal(arguments[0]);
                sum = sum.add(value);
                sumOfSquares = sumOfSquares.add(value.multiply(value));
                count++;
            }
        }

        @Override
        public Object result() {
            if (count == 0 || sample && count == 1) {
                return null;
            }
            BigDecimal n = BigDecimal.valueOf(count);
            BigDecimal numerator = n.multiply(sumOfSquares).subtract(sum.multiply(sum));
            if (numerator.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal denominator = n.multiply(sample ? BigDecimal.valueOf(count - 1) : n);
            BigDecimal variance = NumericArithmetic.divideNumeric(numerator, denominator);
            if (!root) {
                return variance;
            }
            return NumericMath.sqrtToScale(variance, variance.scale());
        }
    }

    /** PostgreSQL's float variance, accumulated with the Youngs-Cramer algorithm as float8_accum does. */
    static final class DoubleVariance implements Accumulator {
        private final boolean sample;
        private final boolean root;
        private double count;
        private double sum;
        private double sumOfSquaredDeviations;

        DoubleVariance(boolean sample, boolean root) {
            this.sample = sample;
            this.root = root;
        }

        @Override
        public void add(Object[] arguments) {
            if (arguments[0] == null) {
                return;
            }
            double value = ((Number) arguments[0]).doubleValue();
            count += 1;
            sum += value;
            if (count > 1) {
                double deviation = value * count - sum;
                sumOfSquaredDeviations += deviation * deviation / (count * (count - 1));
            } else {
                sumOfSquaredDeviations = 0;
            }
        }

        @Override
        public Object result() {
            if (count == 0 || sample && count == 1) {
                return null;
            }
            double variance = sumOfSquaredDeviations / (sample ? count - 1 : count);
            return root ? Math.sqrt(variance) : variance;
        }
    }
}
