package io.dosql.engine.value;

import io.dosql.core.ErrorCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Transcendental functions on NUMERIC with PostgreSQL's result scales: at least 16 significant
 * digits, never fewer digits after the point than the inputs ({@code sqrt(2::numeric)} is
 * {@code 1.414213562373095}, {@code 2::numeric ^ 0.5} is {@code 1.4142135623730950}).
 */
public final class NumericMath {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private NumericMath() {
    }

    /** {@code numeric ^ numeric}. */
    public static BigDecimal power(BigDecimal base, BigDecimal exponent) {
        if (base.signum() == 0 && exponent.signum() < 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION.exception(
                    "zero raised to a negative power is undefined");
        }
        boolean integralExponent = exponent.stripTrailingZeros().scale() <= 0;
        if (base.signum() < 0 && !integralExponent) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION.exception(
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (base.signum() == 0) {
            return exponent.signum() == 0 ? BigDecimal.ONE.setScale(16) : BigDecimal.ZERO.setScale(
                    Math.max(16, Math.max(NumericArithmetic.displayScale(base), NumericArithmetic.displayScale(exponent))));
        }
        double decimalWeight = exponent.doubleValue() * Math.log10(base.abs().doubleValue());
        if (Double.isInfinite(decimalWeight) || Double.isNaN(decimalWeight)) {
            decimalWeight = exponent.doubleValue() * approximateLog10(base.abs());
        }
        if (decimalWeight > 131072 * 1.0) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("value");
        }
        if (integralExponent && exponent.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            // PostgreSQL's power_var_int path: at least 16 digits after the point, or the base's scale.
            int scale = clampScale(Math.max(NumericArithmetic.MIN_SIGNIFICANT_DIGITS, NumericArithmetic.displayScale(base)));
            int power = exponent.intValueExact();
            BigDecimal exact = base.pow(Math.abs(power));
            if (power < 0) {
                return BigDecimal.ONE.divide(exact, scale, RoundingMode.HALF_UP);
            }
            return exact.setScale(scale, RoundingMode.HALF_UP);
        }
        // PostgreSQL's power_var: a natural-log result beyond 3 * NUMERIC_MAX_RESULT_SCALE overflows.
        if (decimalWeight / 0.434294481903252 > 6000) {
            throw new io.dosql.core.DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        int scale = NumericArithmetic.MIN_SIGNIFICANT_DIGITS - (int) Math.max(decimalWeight, Integer.MIN_VALUE / 2.0);
        scale = Math.max(scale, NumericArithmetic.displayScale(base));
        scale = Math.max(scale, NumericArithmetic.displayScale(exponent));
        scale = clampScale(scale);
        if (decimalWeight < -scale - 1) {
            return BigDecimal.ZERO.setScale(scale); // underflows to zero at the result's scale
        }
        int precision = scale + Math.max(0, (int) decimalWeight) + 10;
        MathContext context = new MathContext(precision + 10);
        BigDecimal logarithm = ln(base.abs(), context).multiply(exponent, context);
        BigDecimal result = exp(logarithm, context);
        if (base.signum() < 0 && exponent.toBigInteger().testBit(0)) {
            result = result.negate();
        }
        return result.setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code sqrt(numeric)}: the scale PostgreSQL's numeric_sqrt picks from the argument's weight. */
    public static BigDecimal sqrt(BigDecimal value) {
        if (value.signum() < 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION.exception("cannot take square root of a negative number");
        }
        int weight = value.signum() == 0 ? 0 : NumericArithmetic.baseTenThousandWeight(value);
        int resultWeight = (weight + 1) * 4 / 2 - 1;
        int scale = NumericArithmetic.MIN_SIGNIFICANT_DIGITS - resultWeight;
        scale = clampScale(Math.max(scale, NumericArithmetic.displayScale(value)));
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        BigDecimal root = value.sqrt(new MathContext(value.precision() + scale + 20));
        return root.setScale(scale, RoundingMode.HALF_UP);
    }

    /** The square root of a non-negative value rounded (half away from zero) to {@code scale} digits. */
    public static BigDecimal sqrtToScale(BigDecimal value, int scale) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return value.sqrt(new MathContext(value.precision() + scale + 20)).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code exp(numeric)}. */
    public static BigDecimal exp(BigDecimal value) {
        double decimalWeight = value.doubleValue() * 0.434294481903252;
        if (decimalWeight > 131072) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("value");
        }
        int scale = clampScale(Math.max(NumericArithmetic.MIN_SIGNIFICANT_DIGITS - (int) decimalWeight,
                NumericArithmetic.displayScale(value)));
        MathContext context = new MathContext(scale + Math.max(0, (int) decimalWeight) + 20);
        return exp(value, context).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code ln(numeric)}: raises 2201E for zero and negative arguments. */
    public static BigDecimal ln(BigDecimal value) {
        checkLogarithmArgument(value);
        int decimalWeight = estimateLnDecimalWeight(value);
        int scale = clampScale(Math.max(NumericArithmetic.MIN_SIGNIFICANT_DIGITS - decimalWeight,
                NumericArithmetic.displayScale(value)));
        MathContext context = new MathContext(scale + Math.max(0, decimalWeight) + 20);
        return ln(value, context).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code log(base, value)} on numerics. */
    public static BigDecimal log(BigDecimal base, BigDecimal value) {
        checkLogarithmArgument(base);
        checkLogarithmArgument(value);
        MathContext context = new MathContext(60);
        BigDecimal lnBase = ln(base, context);
        if (lnBase.signum() == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        BigDecimal quotient = ln(value, context).divide(lnBase, context);
        // PostgreSQL's numeric_log: the result's weight is estimated as the difference of the ln weights.
        int decimalWeight = estimateLnDecimalWeight(value) - estimateLnDecimalWeight(base);
        int scale = clampScale(Math.max(NumericArithmetic.MIN_SIGNIFICANT_DIGITS - decimalWeight,
                Math.max(NumericArithmetic.displayScale(base), NumericArithmetic.displayScale(value))));
        return quotient.setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code log10(numeric)} / {@code log(numeric)}. */
    public static BigDecimal log10(BigDecimal value) {
        return log(BigDecimal.TEN, value);
    }

    private static void checkLogarithmArgument(BigDecimal value) {
        if (value.signum() == 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_LOGARITHM.exception("zero");
        }
        if (value.signum() < 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_LOGARITHM.exception("a negative number");
        }
    }

    /** PostgreSQL's estimate_ln_dweight: the decimal weight of ln(value). */
    private static int estimateLnDecimalWeight(BigDecimal value) {
        double logarithm = Math.log(value.doubleValue());
        if (Double.isInfinite(logarithm) || Double.isNaN(logarithm)) {
            logarithm = (value.precision() - value.scale()) * Math.log(10);
        }
        if (value.compareTo(new BigDecimal("0.9")) >= 0 && value.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal difference = value.subtract(BigDecimal.ONE).abs();
            if (difference.signum() == 0) {
                return 0;
            }
            return difference.precision() - difference.scale() - 1;
        }
        double absolute = Math.abs(logarithm);
        return absolute == 0 ? 0 : (int) Math.log10(absolute);
    }

    private static int clampScale(int scale) {
        return Math.max(0, Math.min(scale, NumericArithmetic.MAX_DISPLAY_SCALE));
    }

    private static double approximateLog10(BigDecimal positive) {
        int weight = NumericArithmetic.baseTenThousandWeight(positive);
        int firstDigit = positive.movePointLeft(4 * weight).setScale(0, RoundingMode.DOWN).intValue();
        return Math.log10(firstDigit) + weight * 4;
    }

    /** e^x to {@code context}'s precision: halve x until small, sum the Taylor series, square back. */
    static BigDecimal exp(BigDecimal x, MathContext context) {
        MathContext working = new MathContext(context.getPrecision() + 10);
        int halvings = 0;
        BigDecimal reduced = x;
        while (reduced.abs().compareTo(new BigDecimal("0.01")) > 0) {
            reduced = reduced.divide(TWO, working);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(working.getPrecision() + 2);
        for (int n = 1; n < 10_000; n++) {
            term = term.multiply(reduced, working).divide(BigDecimal.valueOf(n), working);
            sum = sum.add(term, working);
            if (term.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, working);
        }
        return sum.round(context);
    }

    /** ln(x) for x &gt; 0: a double estimate refined by Halley steps y += 2(x - e^y)/(x + e^y). */
    static BigDecimal ln(BigDecimal x, MathContext context) {
        MathContext working = new MathContext(context.getPrecision() + 10);
        // Scale x into [0.1, 1) by powers of ten so the double estimate is accurate.
        int exponent = x.precision() - x.scale();
        BigDecimal mantissa = x.movePointLeft(exponent);
        BigDecimal y = new BigDecimal(Math.log(mantissa.doubleValue()));
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(working.getPrecision());
        for (int i = 0; i < 100; i++) {
            BigDecimal ey = exp(y, working);
            BigDecimal step = TWO.multiply(mantissa.subtract(ey), working).divide(mantissa.add(ey), working);
            y = y.add(step, working);
            if (step.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        if (exponent != 0) {
            BigDecimal lnTen = lnTen(working);
            y = y.add(lnTen.multiply(BigDecimal.valueOf(exponent), working), working);
        }
        return y.round(context);
    }

    private static BigDecimal lnTen(MathContext context) {
        BigDecimal y = new BigDecimal(Math.log(10));
        BigDecimal ten = BigDecimal.TEN;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(context.getPrecision());
        for (int i = 0; i < 100; i++) {
            BigDecimal ey = exp(y, context);
            BigDecimal step = TWO.multiply(ten.subtract(ey), context).divide(ten.add(ey), context);
            y = y.add(step, context);
            if (step.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        return y;
    }
}
