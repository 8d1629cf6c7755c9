package io.dosql.engine.value;

import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.BinaryOperation.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The arithmetic operators {@code + - * / % ^}: numbers of every width (result types as PostgreSQL:
 * smallint+smallint is smallint, int+numeric numeric, anything with float8 float8, real with
 * non-real float8) and the date/time/interval combinations.
 */
final class ArithmeticOperators {
    private ArithmeticOperators() {
    }

    /** The binding, or null when no such operator exists. */
    static OperatorBinding resolve(Operator operator, SqlType left, SqlType right) {
        TypeKind leftKind = left.kind();
        TypeKind rightKind = right.kind();
        if (leftKind == TypeKind.UNKNOWN && rightKind == TypeKind.UNKNOWN) {
            if (operator == Operator.POWER) {
                // Only float8 ^ float8 and numeric ^ numeric exist; the preferred float8 wins.
                return numeric(operator, TypeKind.DOUBLE, TypeKind.DOUBLE);
            }
            throw TypeCoercion.operatorNotUnique("unknown " + operator.symbol() + " unknown");
        }
        if (leftKind == TypeKind.UNKNOWN) {
            leftKind = unknownPartner(operator, rightKind, false);
        } else if (rightKind == TypeKind.UNKNOWN) {
            rightKind = unknownPartner(operator, leftKind, true);
        }
        if (leftKind.isNumeric() && rightKind.isNumeric()) {
            return numeric(operator, leftKind, rightKind);
        }
        OperatorBinding binding = DateTimeOperators.resolve(operator, leftKind, rightKind);
        if (binding == null && (leftKind == TypeKind.TIME) != (rightKind == TypeKind.TIME)) {
            // time converts implicitly to interval, which opens interval's operators to it (time * 2, ts - time).
            binding = DateTimeOperators.resolve(operator, leftKind == TypeKind.TIME ? TypeKind.INTERVAL : leftKind,
                    rightKind == TypeKind.TIME ? TypeKind.INTERVAL : rightKind);
        }
        return binding;
    }

    /**
     * The type an untyped literal takes next to {@code known}: the same type, except that a
     * timestamp or time adds and subtracts intervals, and a date has several candidates (ambiguous).
     */
    private static TypeKind unknownPartner(Operator operator, TypeKind known, boolean unknownOnRight) {
        boolean additive = operator == Operator.ADD || operator == Operator.SUBTRACT;
        if (operator == Operator.SUBTRACT && (known == TypeKind.TIMESTAMP || known == TypeKind.TIMESTAMPTZ
                || known == TypeKind.TIME || known == TypeKind.DATE)) {
            return known; // timestamp - timestamp, date - date exist, so the literal takes the same type
        }
        if (additive && (known == TypeKind.TIMESTAMP || known == TypeKind.TIMESTAMPTZ || known == TypeKind.TIME)) {
            return TypeKind.INTERVAL;
        }
        if ((operator == Operator.MULTIPLY || operator == Operator.DIVIDE)
                && (known == TypeKind.INTERVAL || known == TypeKind.TIME)) {
            return TypeKind.DOUBLE;
        }
        if (additive && known == TypeKind.DATE) {
            String signature = unknownOnRight ? "date " + operator.symbol() + " unknown"
                    : "unknown " + operator.symbol() + " date";
            throw TypeCoercion.operatorNotUnique(signature);
        }
        return known;
    }

    /** PostgreSQL's result type for arithmetic mixing two number types. */
    static TypeKind numericResultKind(TypeKind left, TypeKind right) {
        if (left == right) {
            return left;
        }
        if (left == TypeKind.REAL || left == TypeKind.DOUBLE || right == TypeKind.REAL || right == TypeKind.DOUBLE) {
            return TypeKind.DOUBLE;
        }
        if (left == TypeKind.NUMERIC || right == TypeKind.NUMERIC) {
            return TypeKind.NUMERIC;
        }
        return rank(left) >= rank(right) ? left : right;
    }

    private static int rank(TypeKind kind) {
        return switch (kind) {
            case SMALLINT -> 1;
            case INTEGER -> 2;
            case BIGINT -> 3;
            default -> 4;
        };
    }

    private static OperatorBinding numeric(Operator operator, TypeKind leftKind, TypeKind rightKind) {
        TypeKind result;
        if (operator == Operator.POWER) {
            boolean anyFloat = leftKind == TypeKind.REAL || leftKind == TypeKind.DOUBLE
                    || rightKind == TypeKind.REAL || rightKind == TypeKind.DOUBLE;
            boolean anyNumeric = leftKind == TypeKind.NUMERIC || rightKind == TypeKind.NUMERIC;
            result = !anyFloat && anyNumeric ? TypeKind.NUMERIC : TypeKind.DOUBLE;
        } else {
            result = numericResultKind(leftKind, rightKind);
        }
        if (operator == Operator.MODULO && (result == TypeKind.REAL || result == TypeKind.DOUBLE)) {
            return null;
        }
        SqlType type = SqlType.of(result);
        return new OperatorBinding(type, type, type, implementation(operator, result));
    }

    private static BinaryImplementation implementation(Operator operator, TypeKind kind) {
        switch (kind) {
            case SMALLINT:
                return switch (operator) {
                    case ADD -> (a, b) -> NumericArithmetic.addSmallint((Short) a, (Short) b);
                    case SUBTRACT -> (a, b) -> NumericArithmetic.subtractSmallint((Short) a, (Short) b);
                    case MULTIPLY -> (a, b) -> NumericArithmetic.multiplySmallint((Short) a, (Short) b);
                    case DIVIDE -> (a, b) -> NumericArithmetic.divideSmallint((Short) a, (Short) b);
                    default -> (a, b) -> NumericArithmetic.moduloSmallint((Short) a, (Short) b);
                };
            case INTEGER:
                return switch (operator) {
                    case ADD -> (a, b) -> NumericArithmetic.addInteger((Integer) a, (Integer) b);
                    case SUBTRACT -> (a, b) -> NumericArithmetic.subtractInteger((Integer) a, (Integer) b);
                    case MULTIPLY -> (a, b) -> NumericArithmetic.multiplyInteger((Integer) a, (Integer) b);
                    case DIVIDE -> (a, b) -> NumericArithmetic.divideInteger((Integer) a, (Integer) b);
                    default -> (a, b) -> NumericArithmetic.moduloInteger((Integer) a, (Integer) b);
                };
            case BIGINT:
                return switch (operator) {
                    case ADD -> (a, b) -> NumericArithmetic.addBigint((Long) a, (Long) b);
                    case SUBTRACT -> (a, b) -> NumericArithmetic.subtractBigint((Long) a, (Long) b);
                    case MULTIPLY -> (a, b) -> NumericArithmetic.multiplyBigint((Long) a, (Long) b);
                    case DIVIDE -> (a, b) -> NumericArithmetic.divideBigint((Long) a, (Long) b);
                    default -> (a, b) -> NumericArithmetic.moduloBigint((Long) a, (Long) b);
                };
            case REAL:
                return switch (operator) {
                    case ADD -> (a, b) -> realResult((Float) a + (Float) b, a, b);
                    case SUBTRACT -> (a, b) -> realResult((Float) a - (Float) b, a, b);
                    case MULTIPLY -> (a, b) -> {
                        float product = (Float) a * (Float) b;
                        if (product == 0 && (Float) a != 0 && (Float) b != 0) {
                            throw NumericArithmetic.floatUnderflow();
                        }
                        return realResult(product, a, b);
                    };
                    default -> (a, b) -> NumericArithmetic.divideReal((Float) a, (Float) b);
                };
            case DOUBLE:
                return switch (operator) {
                    case ADD -> (a, b) -> doubleResult((Double) a + (Double) b, a, b);
                    case SUBTRACT -> (a, b) -> doubleResult((Double) a - (Double) b, a, b);
                    case MULTIPLY -> (a, b) -> {
                        double product = (Double) a * (Double) b;
                        if (product == 0 && (Double) a != 0 && (Double) b != 0) {
                            throw NumericArithmetic.floatUnderflow();
                        }
                        return doubleResult(product, a, b);
                    };
                    case POWER -> (a, b) -> NumericArithmetic.powerDouble((Double) a, (Double) b);
                    default -> (a, b) -> NumericArithmetic.divideDouble((Double) a, (Double) b);
                };
            default:
                BinaryImplementation finite = switch (operator) {
                    case ADD -> (a, b) -> NumericArithmetic.addNumeric((BigDecimal) a, (BigDecimal) b);
                    case SUBTRACT -> (a, b) -> NumericArithmetic.subtractNumeric((BigDecimal) a, (BigDecimal) b);
                    case MULTIPLY -> (a, b) -> NumericArithmetic.multiplyNumeric((BigDecimal) a, (BigDecimal) b);
                    case DIVIDE -> (a, b) -> NumericArithmetic.divideNumeric((BigDecimal) a, (BigDecimal) b);
                    case POWER -> (a, b) -> NumericMath.power((BigDecimal) a, (BigDecimal) b);
                    default -> (a, b) -> NumericArithmetic.moduloNumeric((BigDecimal) a, (BigDecimal) b);
                };
                return (a, b) -> a instanceof BigDecimal && b instanceof BigDecimal
                        ? finite.apply(a, b) : specialNumeric(operator, (Number) a, (Number) b);
        }
    }

    /**
     * Numeric arithmetic where an operand is NaN or ±Infinity (carried as a Double): IEEE rules, which
     * agree with PostgreSQL's (inf - inf and inf * 0 are NaN, x % inf is x, x / inf is 0); division
     * by zero still raises 22012. A finite result becomes a numeric again.
     */
    static Object specialNumeric(Operator operator, Number a, Number b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        if ((operator == Operator.DIVIDE || operator == Operator.MODULO) && y == 0) {
            throw io.dosql.core.ErrorCode.DIVISION_BY_ZERO.exception();
        }
        double result = switch (operator) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
            case POWER -> Math.pow(x, y);
            default -> x % y;
        };
        if (!Double.isFinite(result)) {
            return result;
        }
        if (operator == Operator.MODULO && a instanceof BigDecimal dividend) {
            return dividend;
        }
        return NumericArithmetic.normalize(new BigDecimal(Double.toString(result)).stripTrailingZeros());
    }

    private static Float realResult(float result, Object a, Object b) {
        return NumericArithmetic.real(result, Float.isFinite((Float) a) && Float.isFinite((Float) b));
    }

    private static Double doubleResult(double result, Object a, Object b) {
        return NumericArithmetic.doublePrecision(result, Double.isFinite((Double) a) && Double.isFinite((Double) b));
    }

    /** Date, time, timestamp and interval arithmetic. */
    private static final class DateTimeOperators {
        private static final SqlType INTEGER = SqlType.INTEGER;

        static OperatorBinding resolve(Operator operator, TypeKind left, TypeKind right) {
            return switch (operator) {
                case ADD -> add(left, right);
                case SUBTRACT -> subtract(left, right);
                case MULTIPLY -> multiply(left, right);
                case DIVIDE -> left == TypeKind.INTERVAL && right.isNumeric()
                        ? binding(SqlType.INTERVAL, SqlType.DOUBLE, SqlType.INTERVAL,
                        (a, b) -> DateTimeArithmetic.divide((Interval) a, (Double) b))
                        : null;
                default -> null;
            };
        }

        private static OperatorBinding add(TypeKind left, TypeKind right) {
            boolean swapped = false;
            if (isSmallInteger(left) || left == TypeKind.INTERVAL && right != TypeKind.INTERVAL
                    || left == TypeKind.TIME && right == TypeKind.DATE) {
                TypeKind temporary = left;
                left = right;
                right = temporary;
                swapped = true;
            }
            OperatorBinding binding = addOrdered(left, right);
            if (binding == null || !swapped) {
                return binding;
            }
            BinaryImplementation implementation = binding.implementation();
            return binding(binding.rightCastTo(), binding.leftCastTo(), binding.resultType(),
                    (a, b) -> implementation.apply(b, a));
        }

        private static OperatorBinding addOrdered(TypeKind left, TypeKind right) {
            if (left == TypeKind.DATE && isSmallInteger(right)) {
                return binding(SqlType.DATE, INTEGER, SqlType.DATE,
                        (a, b) -> DateTimeArithmetic.addDays((LocalDate) a, (Integer) b));
            }
            if (left == TypeKind.DATE && right == TypeKind.TIME) {
                return binding(SqlType.DATE, SqlType.TIME, SqlType.TIMESTAMP,
                        (a, b) -> LocalDateTime.of((LocalDate) a, (LocalTime) b));
            }
            if ((left == TypeKind.DATE || left == TypeKind.TIMESTAMP) && right == TypeKind.INTERVAL) {
                return binding(SqlType.TIMESTAMP, SqlType.INTERVAL, SqlType.TIMESTAMP,
                        (a, b) -> DateTimeArithmetic.addInterval((LocalDateTime) a, (Interval) b));
            }
            if (left == TypeKind.TIMESTAMPTZ && right == TypeKind.INTERVAL) {
                return binding(SqlType.TIMESTAMPTZ, SqlType.INTERVAL, SqlType.TIMESTAMPTZ,
                        (a, b) -> DateTimeArithmetic.addInterval((OffsetDateTime) a, (Interval) b));
            }
            if (left == TypeKind.TIME && right == TypeKind.INTERVAL) {
                return binding(SqlType.TIME, SqlType.INTERVAL, SqlType.TIME,
                        (a, b) -> DateTimeArithmetic.addInterval((LocalTime) a, (Interval) b));
            }
            if (left == TypeKind.INTERVAL && right == TypeKind.INTERVAL) {
                return binding(SqlType.INTERVAL, SqlType.INTERVAL, SqlType.INTERVAL,
                        (a, b) -> intervalPlus((Interval) a, (Interval) b));
            }
            return null;
        }

        private static OperatorBinding subtract(TypeKind left, TypeKind right) {
            if (left == TypeKind.DATE && isSmallInteger(right)) {
                return binding(SqlType.DATE, INTEGER, SqlType.DATE,
                        (a, b) -> DateTimeArithmetic.addDays((LocalDate) a, -(long) (Integer) b));
            }
            if (left == TypeKind.DATE && right == TypeKind.DATE) {
                return binding(SqlType.DATE, SqlType.DATE, SqlType.INTEGER,
                        (a, b) -> DateTimeArithmetic.subtractDates((LocalDate) a, (LocalDate) b));
            }
            if ((left == TypeKind.DATE || left == TypeKind.TIMESTAMP) && right == TypeKind.INTERVAL) {
                return binding(SqlType.TIMESTAMP, SqlType.INTERVAL, SqlType.TIMESTAMP,
                        (a, b) -> DateTimeArithmetic.addInterval((LocalDateTime) a, ((Interval) b).negate()));
            }
            if (left == TypeKind.TIMESTAMPTZ && right == TypeKind.INTERVAL) {
                return binding(SqlType.TIMESTAMPTZ, SqlType.INTERVAL, SqlType.TIMESTAMPTZ,
                        (a, b) -> DateTimeArithmetic.addInterval((OffsetDateTime) a, ((Interval) b).negate()));
            }
            if (left == TypeKind.TIME && right == TypeKind.INTERVAL) {
                return binding(SqlType.TIME, SqlType.INTERVAL, SqlType.TIME,
                        (a, b) -> DateTimeArithmetic.addInterval((LocalTime) a, ((Interval) b).negate()));
            }
            if (left == TypeKind.TIME && right == TypeKind.TIME) {
                return binding(SqlType.TIME, SqlType.TIME, SqlType.INTERVAL,
                        (a, b) -> DateTimeArithmetic.subtractTimes((LocalTime) a, (LocalTime) b));
            }
            if (left == TypeKind.INTERVAL && right == TypeKind.INTERVAL) {
                return binding(SqlType.INTERVAL, SqlType.INTERVAL, SqlType.INTERVAL,
                        (a, b) -> intervalPlus((Interval) a, ((Interval) b).negate()));
            }
            boolean leftStamp = left == TypeKind.DATE || left == TypeKind.TIMESTAMP || left == TypeKind.TIMESTAMPTZ;
            boolean rightStamp = right == TypeKind.DATE || right == TypeKind.TIMESTAMP || right == TypeKind.TIMESTAMPTZ;
            if (leftStamp && rightStamp) {
                // Mixed date/timestamp operands meet at timestamp; any timestamptz operand makes both timestamptz.
                SqlType common = left == TypeKind.TIMESTAMPTZ || right == TypeKind.TIMESTAMPTZ
                        ? SqlType.TIMESTAMPTZ : SqlType.TIMESTAMP;
                return binding(common, common, SqlType.INTERVAL, (a, b) -> DateTimeArithmetic.subtractTimestamps(
                        Values.toUtcDateTime(a), Values.toUtcDateTime(b)));
            }
            return null;
        }

        private static OperatorBinding multiply(TypeKind left, TypeKind right) {
            if (left == TypeKind.INTERVAL && right.isNumeric()) {
                return binding(SqlType.INTERVAL, SqlType.DOUBLE, SqlType.INTERVAL,
                        (a, b) -> DateTimeArithmetic.multiply((Interval) a, (Double) b));
            }
            if (left.isNumeric() && right == TypeKind.INTERVAL) {
                return binding(SqlType.DOUBLE, SqlType.INTERVAL, SqlType.INTERVAL,
                        (a, b) -> DateTimeArithmetic.multiply((Interval) b, (Double) a));
            }
            return null;
        }

        private static boolean isSmallInteger(TypeKind kind) {
            return kind == TypeKind.INTEGER || kind == TypeKind.SMALLINT;
        }

        private static Interval intervalPlus(Interval a, Interval b) {
            try {
                return a.plus(b);
            } catch (ArithmeticException overflow) {
                throw io.dosql.core.ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
            }
        }

        private static OperatorBinding binding(SqlType left, SqlType right, SqlType result,
                                               BinaryImplementation implementation) {
            return new OperatorBinding(left, right, result, implementation);
        }
    }
}
