package io.dosql.engine.function;

import static io.dosql.core.SqlType.BIGINT;
import static io.dosql.core.SqlType.DOUBLE;
import static io.dosql.core.SqlType.INTEGER;
import static io.dosql.core.SqlType.NUMERIC;
import static io.dosql.core.SqlType.REAL;
import static io.dosql.core.SqlType.SMALLINT;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.value.NumericArithmetic;
import io.dosql.engine.value.NumericMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Mathematical functions (abs, round, trunc, power, sqrt, ln, log, trigonometry, gcd, …). */
final class MathFunctions {
    private static final double RADIANS_PER_DEGREE = 0.0174532925199432957692;

    private MathFunctions() {
    }

    static void register(FunctionTable table) {
        table.scalar("abs", SMALLINT, List.of(SMALLINT), (a, c) -> checkedSmallint(Math.abs((int) (Short) a[0])));
        table.scalar("abs", INTEGER, List.of(INTEGER), (a, c) -> absInteger((Integer) a[0]));
        table.scalar("abs", BIGINT, List.of(BIGINT), (a, c) -> absBigint((Long) a[0]));
        table.scalar("abs", REAL, List.of(REAL), (a, c) -> Math.abs((Float) a[0]));
        table.scalar("abs", DOUBLE, List.of(DOUBLE), (a, c) -> Math.abs((Double) a[0]));
        table.scalar("abs", NUMERIC, List.of(NUMERIC), (a, c) -> decimal(a[0]).abs());

        for (String name : List.of("ceil", "ceiling")) {
            table.scalar(name, DOUBLE, List.of(DOUBLE), (a, c) -> Math.ceil((Double) a[0]));
            table.scalar(name, NUMERIC, List.of(NUMERIC), (a, c) -> decimal(a[0]).setScale(0, RoundingMode.CEILING));
        }
        table.scalar("floor", DOUBLE, List.of(DOUBLE), (a, c) -> Math.floor((Double) a[0]));
        table.scalar("floor", NUMERIC, List.of(NUMERIC), (a, c) -> decimal(a[0]).setScale(0, RoundingMode.FLOOR));
        table.scalar("round", DOUBLE, List.of(DOUBLE), (a, c) -> Math.rint((Double) a[0]));
        table.scalar("round", NUMERIC, List.of(NUMERIC), (a, c) -> decimal(a[0]).setScale(0, RoundingMode.HALF_UP));
        table.scalar("round", NUMERIC, List.of(NUMERIC, INTEGER),
                (a, c) -> roundToPlaces(decimal(a[0]), (Integer) a[1], RoundingMode.HALF_UP));
        table.scalar("trunc", DOUBLE, List.of(DOUBLE), (a, c) -> truncateDouble((Double) a[0]));
        table.scalar("trunc", NUMERIC, List.of(NUMERIC), (a, c) -> decimal(a[0]).setScale(0, RoundingMode.DOWN));
        table.scalar("trunc", NUMERIC, List.of(NUMERIC, INTEGER),
                (a, c) -> roundToPlaces(decimal(a[0]), (Integer) a[1], RoundingMode.DOWN));
        table.scalar("sign", DOUBLE, List.of(DOUBLE), (a, c) -> Math.signum((Double) a[0]));
        table.scalar("sign", NUMERIC, List.of(NUMERIC), (a, c) -> BigDecimal.valueOf(decimal(a[0]).signum()));

        table.scalar("mod", SMALLINT, List.of(SMALLINT, SMALLINT),
                (a, c) -> NumericArithmetic.moduloSmallint((Short) a[0], (Short) a[1]));
        table.scalar("mod", INTEGER, List.of(INTEGER, INTEGER),
                (a, c) -> NumericArithmetic.moduloInteger((Integer) a[0], (Integer) a[1]));
        table.scalar("mod", BIGINT, List.of(BIGINT, BIGINT),
                (a, c) -> NumericArithmetic.moduloBigint((Long) a[0], (Long) a[1]));
        table.scalar("mod", NUMERIC, List.of(NUMERIC, NUMERIC),
                (a, c) -> NumericArithmetic.moduloNumeric(decimal(a[0]), decimal(a[1])));
        table.scalar("div", NUMERIC, List.of(NUMERIC, NUMERIC),
                (a, c) -> NumericArithmetic.integerDivideNumeric(decimal(a[0]), decimal(a[1])));

        for (String name : List.of("power", "pow")) {
            table.scalar(name, DOUBLE, List.of(DOUBLE, DOUBLE),
                    (a, c) -> NumericArithmetic.powerDouble((Double) a[0], (Double) a[1]));
            table.scalar(name, NUMERIC, List.of(NUMERIC, NUMERIC),
                    (a, c) -> NumericMath.power(decimal(a[0]), decimal(a[1])));
        }
        table.scalar("sqrt", DOUBLE, List.of(DOUBLE), (a, c) -> sqrt((Double) a[0]));
        table.scalar("sqrt", NUMERIC, List.of(NUMERIC), (a, c) -> NumericMath.sqrt(decimal(a[0])));
        table.scalar("cbrt", DOUBLE, List.of(DOUBLE), (a, c) -> Math.cbrt((Double) a[0]));
        table.scalar("exp", DOUBLE, List.of(DOUBLE), (a, c) -> checkedExp((Double) a[0]));
        table.scalar("exp", NUMERIC, List.of(NUMERIC), (a, c) -> NumericMath.exp(decimal(a[0])));
        table.scalar("ln", DOUBLE, List.of(DOUBLE), (a, c) -> logarithm((Double) a[0], Math::log));
        table.scalar("ln", NUMERIC, List.of(NUMERIC), (a, c) -> NumericMath.ln(decimal(a[0])));
        for (String name : List.of("log", "log10")) {
            table.scalar(name, DOUBLE, List.of(DOUBLE), (a, c) -> logarithm((Double) a[0], Math::log10));
            table.scalar(name, NUMERIC, List.of(NUMERIC), (a, c) -> NumericMath.log10(decimal(a[0])));
        }
        table.scalar("log", NUMERIC, List.of(NUMERIC, NUMERIC), (a, c) -> NumericMath.log(decimal(a[0]), decimal(a[1])));

        table.scalar("pi", DOUBLE, List.of(), (a, c) -> Math.PI);
        table.volatileScalar("random", DOUBLE, List.of(), (a, c) -> c.random().nextDouble());
        // Divide and multiply by the same constant as PostgreSQL (RADIANS_PER_DEGREE) for identical rounding.
        table.scalar("degrees", DOUBLE, List.of(DOUBLE), (a, c) -> (Double) a[0] / RADIANS_PER_DEGREE);
        table.scalar("radians", DOUBLE, List.of(DOUBLE), (a, c) -> (Double) a[0] * RADIANS_PER_DEGREE);
        table.scalar("sin", DOUBLE, List.of(DOUBLE), (a, c) -> Math.sin((Double) a[0]));
        table.scalar("cos", DOUBLE, List.of(DOUBLE), (a, c) -> Math.cos((Double) a[0]));
        table.scalar("tan", DOUBLE, List.of(DOUBLE), (a, c) -> Math.tan((Double) a[0]));
        table.scalar("cot", DOUBLE, List.of(DOUBLE), (a, c) -> 1.0 / Math.tan((Double) a[0]));
        table.scalar("asin", DOUBLE, List.of(DOUBLE), (a, c) -> inverseTrigonometric((Double) a[0], Math::asin));
        table.scalar("acos", DOUBLE, List.of(DOUBLE), (a, c) -> inverseTrigonometric((Double) a[0], Math::acos));
        table.scalar("atan", DOUBLE, List.of(DOUBLE), (a, c) -> Math.atan((Double) a[0]));
        table.scalar("atan2", DOUBLE, List.of(DOUBLE, DOUBLE), (a, c) -> Math.atan2((Double) a[0], (Double) a[1]));

        table.scalar("width_bucket", INTEGER, List.of(NUMERIC, NUMERIC, NUMERIC, INTEGER),
                (a, c) -> widthBucket(decimal(a[0]), decimal(a[1]), decimal(a[2]), (Integer) a[3]));
        table.scalar("width_bucket", INTEGER, List.of(DOUBLE, DOUBLE, DOUBLE, INTEGER),
                (a, c) -> widthBucket(BigDecimal.valueOf((Double) a[0]), BigDecimal.valueOf((Double) a[1]),
                        BigDecimal.valueOf((Double) a[2]), (Integer) a[3]));
        table.scalar("factorial", NUMERIC, List.of(BIGINT), (a, c) -> factorial((Long) a[0]));
        table.scalar("scale", INTEGER, List.of(NUMERIC), (a, c) -> Math.max(0, decimal(a[0]).scale()));
        table.scalar("min_scale", INTEGER, List.of(NUMERIC), (a, c) -> Math.max(0, trimmed(decimal(a[0])).scale()));
        table.scalar("trim_scale", NUMERIC, List.of(NUMERIC), (a, c) -> trimmed(decimal(a[0])));
        table.scalar("gcd", INTEGER, List.of(INTEGER, INTEGER),
                (a, c) -> integerResult(gcd(big(a[0]), big(a[1])), "integer"));
        table.scalar("gcd", BIGINT, List.of(BIGINT, BIGINT),
                (a, c) -> bigintResult(gcd(big(a[0]), big(a[1]))));
        table.scalar("gcd", NUMERIC, List.of(NUMERIC, NUMERIC),
                (a, c) -> decimalGcd(decimal(a[0]), decimal(a[1])));
        table.scalar("lcm", INTEGER, List.of(INTEGER, INTEGER),
                (a, c) -> integerResult(lcm(big(a[0]), big(a[1])), "integer"));
        table.scalar("lcm", BIGINT, List.of(BIGINT, BIGINT),
                (a, c) -> bigintResult(lcm(big(a[0]), big(a[1]))));
        table.scalar("lcm", NUMERIC, List.of(NUMERIC, NUMERIC),
                (a, c) -> decimalLcm(decimal(a[0]), decimal(a[1])));
    }

    /**
     * PostgreSQL's width_bucket: the bucket (1..count) of {@code operand} among count equal-width buckets
     * between the bounds (either order), 0 below the range and count + 1 at or above its end.
     */
    private static int widthBucket(BigDecimal operand, BigDecimal low, BigDecimal high, int count) {
        if (count <= 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION.exception("count must be greater than zero");
        }
        int order = low.compareTo(high);
        if (order == 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION.exception("lower bound cannot equal upper bound");
        }
        boolean ascending = order < 0;
        if (ascending ? operand.compareTo(low) < 0 : operand.compareTo(low) > 0) {
            return 0;
        }
        if (ascending ? operand.compareTo(high) >= 0 : operand.compareTo(high) <= 0) {
            return Math.addExact(count, 1);
        }
        BigDecimal position = operand.subtract(low).multiply(BigDecimal.valueOf(count))
                .divide(high.subtract(low), 0, RoundingMode.FLOOR);
        return position.intValueExact() + 1;
    }

    private static BigDecimal factorial(long value) {
        if (value < 0) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "factorial of a negative number is undefined");
        }
        if (value > 1000) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        BigInteger result = BigInteger.ONE;
        for (long factor = 2; factor <= value; factor++) {
            result = result.multiply(BigInteger.valueOf(factor));
        }
        return new BigDecimal(result);
    }

    /** The value without trailing fraction zeros (never a negative scale: 100.0 is 100). */
    private static BigDecimal trimmed(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal decimal(Object value) {
        if (!(value instanceof BigDecimal)) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("numeric NaN or Infinity in this function");
        }
        return (BigDecimal) value;
    }

    private static Short checkedSmallint(int value) {
        if (value > Short.MAX_VALUE) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("smallint");
        }
        return (short) value;
    }

    private static Integer absInteger(int value) {
        if (value == Integer.MIN_VALUE) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("integer");
        }
        return Math.abs(value);
    }

    private static Long absBigint(long value) {
        if (value == Long.MIN_VALUE) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("bigint");
        }
        return Math.abs(value);
    }

    /** round/trunc to {@code places} digits after the point; negative places round left of it. */
    static BigDecimal roundToPlaces(BigDecimal value, int requestedPlaces, RoundingMode mode) {
        // PostgreSQL clamps the scale to its maximum display scale (16383) either way.
        int places = Math.max(-16383, Math.min(requestedPlaces, 16383));
        BigDecimal rounded = value.setScale(places, mode);
        return places < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    private static Double checkedExp(double value) {
        double result = Math.exp(value);
        if (Double.isInfinite(result) && Double.isFinite(value)) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
        }
        if (result == 0 && Double.isFinite(value)) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
        }
        return result;
    }

    private static Double truncateDouble(double value) {
        return value < 0 ? Math.ceil(value) : Math.floor(value);
    }

    private static Double sqrt(double value) {
        if (value < 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION.exception("cannot take square root of a negative number");
        }
        return Math.sqrt(value);
    }

    private static Double logarithm(double value, DoubleUnaryOperator function) {
        if (value == 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_LOGARITHM.exception("zero");
        }
        if (value < 0) {
            throw ErrorCode.INVALID_ARGUMENT_FOR_LOGARITHM.exception("a negative number");
        }
        return function.applyAsDouble(value);
    }

    private static Double inverseTrigonometric(double value, DoubleUnaryOperator function) {
        if (value < -1 || value > 1) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        return function.applyAsDouble(value);
    }

    private static BigInteger big(Object value) {
        return BigInteger.valueOf(((Number) value).longValue());
    }

    /** gcd of numerics at their common scale, as PostgreSQL's numeric gcd (gcd(12.345, 7) = 0.005). */
    private static BigDecimal decimalGcd(BigDecimal a, BigDecimal b) {
        int scale = Math.max(NumericArithmetic.displayScale(a), NumericArithmetic.displayScale(b));
        BigInteger result = a.setScale(scale).unscaledValue().gcd(b.setScale(scale).unscaledValue());
        return new BigDecimal(result, scale);
    }

    private static BigDecimal decimalLcm(BigDecimal a, BigDecimal b) {
        int scale = Math.max(NumericArithmetic.displayScale(a), NumericArithmetic.displayScale(b));
        return new BigDecimal(lcm(a.setScale(scale).unscaledValue(), b.setScale(scale).unscaledValue()), scale);
    }

    private static BigInteger gcd(BigInteger a, BigInteger b) {
        return a.gcd(b);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return BigInteger.ZERO;
        }
        return a.divide(a.gcd(b)).multiply(b).abs();
    }

    private static Integer integerResult(BigInteger value, String type) {
        if (value.bitLength() > 31) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception(type);
        }
        return value.intValue();
    }

    private static Long bigintResult(BigInteger value) {
        if (value.bitLength() > 63) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("bigint");
        }
        return value.longValue();
    }
}
