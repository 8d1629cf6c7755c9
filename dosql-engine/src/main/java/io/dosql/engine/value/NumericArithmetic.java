package io.dosql.engine.value;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Arithmetic on the engine's number classes with PostgreSQL's results: integer overflow raises 22003
 * ({@code integer out of range}), division by zero 22012, integer division truncates toward zero,
 * {@code %} takes the dividend's sign, and numeric division picks its scale as {@code select_div_scale}.
 */
public final class NumericArithmetic {
    /** PostgreSQL's NUMERIC_MIN_SIG_DIGITS: a computed numeric result keeps at least this many digits. */
    static final int MIN_SIGNIFICANT_DIGITS = 16;
    static final int MAX_DISPLAY_SCALE = 1000;

    private NumericArithmetic() {
    }

    // ---- smallint ----------------------------------------------------------------------------

    public static Short addSmallint(Short a, Short b) {
        return smallint(a + b);
    }

    public static Short subtractSmallint(Short a, Short b) {
        return smallint(a - b);
    }

    public static Short multiplySmallint(Short a, Short b) {
        return smallint(a * b);
    }

    public static Short divideSmallint(Short a, Short b) {
        if (b == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return smallint(a / b);
    }

    public static Short moduloSmallint(Short a, Short b) {
        if (b == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return (short) (a % b);
    }

    static Short smallint(int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("smallint");
        }
        return (short) value;
    }

    // ---- integer -----------------------------------------------------------------------------

    public static Integer addInteger(Integer a, Integer b) {
        return integer((long) a + b);
    }

    public static Integer subtractInteger(Integer a, Integer b) {
        return integer((long) a - b);
    }

    public static Integer multiplyInteger(Integer a, Integer b) {
        return integer((long) a * b);
    }

    public static Integer divideInteger(Integer a, Integer b) {
        if (b == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return integer((long) a / b);
    }

    public static Integer moduloInteger(Integer a, Integer b) {
        if (b == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return a % b;
    }

    static Integer integer(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("integer");
        }
        return (int) value;
    }

    // ---- bigint ------------------------------------------------------------------------------

    public static Long addBigint(Long a, Long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw bigintOutOfRange();
        }
    }

    public static Long subtractBigint(Long a, Long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException overflow) {
            throw bigintOutOfRange();
        }
    }

    public static Long multiplyBigint(Long a, Long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            throw bigintOutOfRange();
        }
    }

    public static Long divideBigint(Long a, Long b) {
        if (b == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw bigintOutOfRange();
        }
        return a / b;
    }

    public static Long moduloBigint(Long a, Long b) {
        if (b == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return a % b;
    }

    static RuntimeException bigintOutOfRange() {
        return ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("bigint");
    }

    // ---- real and double precision -----------------------------------------------------------

    public static Float real(float value, boolean inputsFinite) {
        if (inputsFinite && Float.isInfinite(value)) {
            throw floatOverflow();
        }
        return value;
    }

    public static Double doublePrecision(double value, boolean inputsFinite) {
        if (inputsFinite && Double.isInfinite(value)) {
            throw floatOverflow();
        }
        return value;
    }

    static DoSqlException floatUnderflow() {
        return new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    static DoSqlException floatOverflow() {
        return new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    public static Float divideReal(Float a, Float b) {
        if (b == 0 && !Float.isNaN(a)) { // NaN / 0 is NaN in PostgreSQL
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        float result = a / b;
        if (result == 0 && a != 0 && Float.isFinite(b)) {
            throw floatUnderflow();
        }
        return real(result, Float.isFinite(a) && Float.isFinite(b));
    }

    public static Double divideDouble(Double a, Double b) {
        if (b == 0 && !Double.isNaN(a)) { // NaN / 0 is NaN in PostgreSQL
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        double result = a / b;
        if (result == 0 && a != 0 && Double.isFinite(b)) {
            throw floatUnderflow();
        }
        return doublePrecision(result, Double.isFinite(a) && Double.isFinite(b));
    }

    /** PostgreSQL's float8 {@code ^}: 0 ^ negative and negative ^ fractional raise 2201F. */
    public static Double powerDouble(Double base, Double exponent) {
        if (base == 0 && exponent < 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION.exception(
                    "zero raised to a negative power is undefined");
        }
        if (base < 0 && Math.floor(exponent) != exponent && Double.isFinite(exponent)) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION.exception(
                    "a negative number raised to a non-integer power yields a complex result");
        }
        double result = Math.pow(base, exponent);
        if (result == 0 && base != 0 && Double.isFinite(base) && Double.isFinite(exponent)) {
            throw floatUnderflow();
        }
        return doublePrecision(result, Double.isFinite(base) && Double.isFinite(exponent));
    }

    // ---- numeric -----------------------------------------------------------------------------

    public static BigDecimal addNumeric(BigDecimal a, BigDecimal b) {
        return a.add(b);
    }

    public static BigDecimal subtractNumeric(BigDecimal a, BigDecimal b) {
        return a.subtract(b);
    }

    public static BigDecimal multiplyNumeric(BigDecimal a, BigDecimal b) {
        return a.multiply(b);
    }

    /** Numeric division rounded (half away from zero) to PostgreSQL's {@code select_div_scale}. */
    public static BigDecimal divideNumeric(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return a.divide(b, divisionScale(a, b), RoundingMode.HALF_UP);
    }

    public static BigDecimal moduloNumeric(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return a.remainder(b).setScale(Math.max(displayScale(a), displayScale(b)), RoundingMode.UNNECESSARY);
    }

    /** Integer quotient truncated toward zero, as PostgreSQL's {@code div(numeric, numeric)}. */
    public static BigDecimal integerDivideNumeric(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw ErrorCode.DIVISION_BY_ZERO.exception();
        }
        return a.divideToIntegralValue(b).setScale(0, RoundingMode.DOWN);
    }

    /**
     * PostgreSQL's {@code select_div_scale}: enough digits for 16 significant digits of the quotient,
     * never fewer than either input's scale. Weights are in base-10000 digits, as in numeric.c.
     */
    static int divisionScale(BigDecimal dividend, BigDecimal divisor) {
        int weight1 = 0;
        int firstDigit1 = 0;
        if (dividend.signum() != 0) {
            weight1 = baseTenThousandWeight(dividend);
            firstDigit1 = firstBaseTenThousandDigit(dividend, weight1);
        }
        int weight2 = 0;
        int firstDigit2 = 0;
        if (divisor.signum() != 0) {
            weight2 = baseTenThousandWeight(divisor);
            firstDigit2 = firstBaseTenThousandDigit(divisor, weight2);
        }
        int quotientWeight = weight1 - weight2;
        if (firstDigit1 <= firstDigit2) {
            quotientWeight--;
        }
        int scale = MIN_SIGNIFICANT_DIGITS - quotientWeight * 4;
        scale = Math.max(scale, displayScale(dividend));
        scale = Math.max(scale, displayScale(divisor));
        scale = Math.max(scale, 0);
        return Math.min(scale, MAX_DISPLAY_SCALE);
    }

    /** The power of 10000 of the most significant base-10000 digit of a non-zero value. */
    static int baseTenThousandWeight(BigDecimal value) {
        int decimalExponent = value.precision() - value.scale() - 1;
        return Math.floorDiv(decimalExponent, 4);
    }

    private static int firstBaseTenThousandDigit(BigDecimal value, int weight) {
        return value.abs().movePointLeft(4 * weight).setScale(0, RoundingMode.DOWN).intValue();
    }

    /** PostgreSQL's dscale: the number of digits after the point, never negative. */
    public static int displayScale(BigDecimal value) {
        return Math.max(value.scale(), 0);
    }

    /** The value with a non-negative scale, the only form numeric values take in the engine. */
    public static BigDecimal normalize(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /** Rounds half away from zero to an integer, as PostgreSQL's numeric-to-integer casts do. */
    public static BigInteger roundToInteger(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    }
}
