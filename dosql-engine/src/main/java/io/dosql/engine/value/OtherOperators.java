package io.dosql.engine.value;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.BinaryOperation.Operator;
import io.dosql.parser.ast.UnaryOperation;
import java.math.BigDecimal;
import java.util.Arrays;

/** Concatenation, boolean, bitwise and regular-expression operators, and every prefix operator. */
final class OtherOperators {
    private OtherOperators() {
    }

    static OperatorBinding resolve(Operator operator, SqlType left, SqlType right) {
        return switch (operator) {
            case CONCAT -> concat(left.kind(), right.kind());
            case AND, OR -> logical(operator, left.kind(), right.kind());
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> bitwise(operator, left.kind(), right.kind());
            case SHIFT_LEFT, SHIFT_RIGHT -> shift(operator, left.kind(), right.kind());
            case REGEX_MATCH, REGEX_MATCH_INSENSITIVE, REGEX_NOT_MATCH, REGEX_NOT_MATCH_INSENSITIVE ->
                    regex(operator, left.kind(), right.kind());
            default -> null;
        };
    }

    /**
     * {@code ||}: jsonb with jsonb (see {@link JsonModification#concat}); text with text; text with any
     * non-text value, which is converted to text (PostgreSQL's anytextcat); bytea with bytea. Two other
     * non-text operands have no operator.
     */
    private static OperatorBinding concat(TypeKind left, TypeKind right) {
        if (left == TypeKind.JSONB && (right == TypeKind.JSONB || right == TypeKind.UNKNOWN)
                || right == TypeKind.JSONB && left == TypeKind.UNKNOWN) {
            return new OperatorBinding(SqlType.JSONB, SqlType.JSONB, SqlType.JSONB,
                    (a, b) -> JsonModification.concat((io.dosql.core.Json) a, (io.dosql.core.Json) b));
        }
        boolean leftText = left.isText() || left == TypeKind.UNKNOWN;
        boolean rightText = right.isText() || right == TypeKind.UNKNOWN;
        if (left == TypeKind.BYTEA && (right == TypeKind.BYTEA || right == TypeKind.UNKNOWN)
                || right == TypeKind.BYTEA && left == TypeKind.UNKNOWN) {
            return new OperatorBinding(SqlType.BYTEA, SqlType.BYTEA, SqlType.BYTEA,
                    (a, b) -> concatBytes((Bytes) a, (Bytes) b));
        }
        if (leftText || rightText) {
            return new OperatorBinding(SqlType.TEXT, SqlType.TEXT, SqlType.TEXT, (a, b) -> (String) a + b);
        }
        return null;
    }

    private static Bytes concatBytes(Bytes a, Bytes b) {
        byte[] left = a.toByteArray();
        byte[] right = b.toByteArray();
        byte[] joined = Arrays.copyOf(left, left.length + right.length);
        System.arraycopy(right, 0, joined, left.length, right.length);
        return Bytes.copyOf(joined);
    }

    private static OperatorBinding logical(Operator operator, TypeKind left, TypeKind right) {
        if (!isBooleanLike(left) || !isBooleanLike(right)) {
            return null;
        }
        BinaryImplementation implementation = operator == Operator.AND
                ? (a, b) -> (Boolean) a && (Boolean) b
                : (a, b) -> (Boolean) a || (Boolean) b;
        return new OperatorBinding(SqlType.BOOLEAN, SqlType.BOOLEAN, SqlType.BOOLEAN, implementation);
    }

    private static boolean isBooleanLike(TypeKind kind) {
        return kind == TypeKind.BOOLEAN || kind == TypeKind.UNKNOWN;
    }

    private static OperatorBinding bitwise(Operator operator, TypeKind left, TypeKind right) {
        if (left == TypeKind.UNKNOWN && right == TypeKind.UNKNOWN) {
            throw TypeCoercion.operatorNotUnique("unknown " + operator.symbol() + " unknown");
        }
        if (left == TypeKind.UNKNOWN) {
            left = right;
        }
        if (right == TypeKind.UNKNOWN) {
            right = left;
        }
        if (!left.isInteger() || !right.isInteger()) {
            return null;
        }
        TypeKind result = ArithmeticOperators.numericResultKind(left, right);
        SqlType type = SqlType.of(result);
        return new OperatorBinding(type, type, type, (a, b) -> {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            long value = switch (operator) {
                case BITWISE_AND -> x & y;
                case BITWISE_OR -> x | y;
                default -> x ^ y;
            };
            return narrow(value, result);
        });
    }

    private static OperatorBinding shift(Operator operator, TypeKind left, TypeKind right) {
        if (left == TypeKind.UNKNOWN) {
            if (right == TypeKind.INTEGER) {
                left = TypeKind.INTEGER;
            } else if (right == TypeKind.UNKNOWN || right == TypeKind.SMALLINT) {
                throw TypeCoercion.operatorNotUnique("unknown " + operator.symbol() + " " + right.postgresName());
            } else {
                return null;
            }
        }
        if (right == TypeKind.UNKNOWN) {
            right = TypeKind.INTEGER;
        }
        if (!left.isInteger() || right != TypeKind.INTEGER && right != TypeKind.SMALLINT) {
            return null;
        }
        TypeKind result = left;
        SqlType type = SqlType.of(result);
        return new OperatorBinding(type, SqlType.INTEGER, type, (a, b) -> {
            int count = (Integer) b;
            if (result == TypeKind.BIGINT) {
                long x = (Long) a;
                return operator == Operator.SHIFT_LEFT ? x << count : x >> count;
            }
            // int2 and int4 shift as 32-bit C ints; int2 results are then truncated to 16 bits.
            int x = ((Number) a).intValue();
            int shifted = operator == Operator.SHIFT_LEFT ? x << count : x >> count;
            return result == TypeKind.SMALLINT ? (Object) (short) shifted : (Object) shifted;
        });
    }

    private static Object narrow(long value, TypeKind kind) {
        return switch (kind) {
            case SMALLINT -> (short) value;
            case INTEGER -> (int) value;
            default -> value;
        };
    }

    private static OperatorBinding regex(Operator operator, TypeKind left, TypeKind right) {
        boolean leftText = left.isText() || left == TypeKind.UNKNOWN;
        boolean rightText = right.isText() || right == TypeKind.UNKNOWN;
        if (!leftText || !rightText) {
            return null;
        }
        boolean insensitive = operator == Operator.REGEX_MATCH_INSENSITIVE
                || operator == Operator.REGEX_NOT_MATCH_INSENSITIVE;
        boolean negated = operator == Operator.REGEX_NOT_MATCH || operator == Operator.REGEX_NOT_MATCH_INSENSITIVE;
        return new OperatorBinding(SqlType.TEXT, SqlType.TEXT, SqlType.BOOLEAN, (a, b) -> {
            boolean found = RegexCache.compile((String) b, insensitive).matcher((String) a).find();
            return found != negated;
        });
    }

    static OperatorBinding resolveUnary(UnaryOperation.Operator operator, SqlType operand) {
        TypeKind kind = operand.kind();
        SqlType type = SqlType.of(kind);
        switch (operator) {
            case NOT:
                return isBooleanLike(kind)
                        ? new OperatorBinding(SqlType.BOOLEAN, null, SqlType.BOOLEAN, (a, b) -> !(Boolean) a)
                        : null;
            case PLUS:
                return kind.isNumeric() ? new OperatorBinding(type, null, type, (a, b) -> a) : null;
            case BITWISE_NOT:
                return kind.isInteger()
                        ? new OperatorBinding(type, null, type, (a, b) -> narrow(~((Number) a).longValue(), kind))
                        : null;
            default:
                if (kind == TypeKind.INTERVAL) {
                    return new OperatorBinding(type, null, type, (a, b) -> negateInterval((Interval) a));
                }
                return kind.isNumeric() ? new OperatorBinding(type, null, type, (a, b) -> negate(a)) : null;
        }
    }

    private static Interval negateInterval(Interval interval) {
        if (interval.months() == Integer.MIN_VALUE || interval.days() == Integer.MIN_VALUE
                || interval.micros() == Long.MIN_VALUE) {
            throw ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception("interval");
        }
        return interval.negate();
    }

    static Object negate(Object value) {
        if (value instanceof Integer integer) {
            return NumericArithmetic.integer(-(long) integer);
        }
        if (value instanceof Long bigint) {
            if (bigint == Long.MIN_VALUE) {
                throw NumericArithmetic.bigintOutOfRange();
            }
            return -bigint;
        }
        if (value instanceof Short smallint) {
            return NumericArithmetic.smallint(-smallint);
        }
        if (value instanceof Double number) {
            return -number;
        }
        if (value instanceof Float number) {
            return -number;
        }
        return ((BigDecimal) value).negate();
    }
}
