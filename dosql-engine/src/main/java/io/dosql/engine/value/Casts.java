package io.dosql.engine.value;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Value conversions with PostgreSQL's rules: which casts apply implicitly, by assignment or only
 * explicitly (pg_cast contexts), and what they do (text through the input/output functions,
 * numeric/float to integer rounding, numeric(p,s) and varchar(n)/char(n) modifiers).
 */
public final class Casts {
    private Casts() {
    }

    /** Whether PostgreSQL converts {@code from} to {@code to} silently inside an expression. */
    public static boolean canImplicitlyCast(SqlType from, SqlType to) {
        TypeKind source = from.kind();
        TypeKind target = to.kind();
        if (source == target || source == TypeKind.UNKNOWN) {
            return true;
        }
        return switch (source) {
            case SMALLINT -> target == TypeKind.INTEGER || target == TypeKind.BIGINT || isDecimalOrFloat(target);
            case INTEGER -> target == TypeKind.BIGINT || isDecimalOrFloat(target);
            case BIGINT -> isDecimalOrFloat(target);
            case NUMERIC -> target == TypeKind.REAL || target == TypeKind.DOUBLE;
            case REAL -> target == TypeKind.DOUBLE;
            case TEXT, VARCHAR, CHAR -> target.isText();
            case DATE -> target == TypeKind.TIMESTAMP || target == TypeKind.TIMESTAMPTZ;
            case TIMESTAMP -> target == TypeKind.TIMESTAMPTZ;
            case TIME -> target == TypeKind.INTERVAL;
            default -> false;
        };
    }

    /** Whether a value of {@code from} may be stored into a column of {@code to} (INSERT/UPDATE). */
    public static boolean canAssign(SqlType from, SqlType to) {
        if (canImplicitlyCast(from, to)) {
            return true;
        }
        TypeKind source = from.kind();
        TypeKind target = to.kind();
        if (source.isNumeric() && target.isNumeric()) {
            return true;
        }
        if (target.isText()) {
            return true;
        }
        return switch (source) {
            case TIMESTAMP -> target == TypeKind.DATE || target == TypeKind.TIME;
            case TIMESTAMPTZ -> target == TypeKind.DATE || target == TypeKind.TIME || target == TypeKind.TIMESTAMP;
            case INTERVAL -> target == TypeKind.TIME;
            case JSON -> target == TypeKind.JSONB;
            case JSONB -> target == TypeKind.JSON;
            default -> false;
        };
    }

    /** Whether {@code CAST(from AS to)} exists at all. */
    public static boolean canExplicitlyCast(SqlType from, SqlType to) {
        if (canAssign(from, to) || from.kind().isText()) {
            return true;
        }
        return from.kind() == TypeKind.INTEGER && to.kind() == TypeKind.BOOLEAN
                || from.kind() == TypeKind.BOOLEAN && to.kind() == TypeKind.INTEGER;
    }

    private static boolean isDecimalOrFloat(TypeKind kind) {
        return kind == TypeKind.NUMERIC || kind == TypeKind.REAL || kind == TypeKind.DOUBLE;
    }

    /** {@code CAST(value AS target)}: varchar(n) and char(n) silently truncate. */
    public static Object explicitCast(Object value, SqlType target) {
        return convert(value, target, true, null);
    }

    /**
     * {@code CAST(value AS target)} when the static source type is known: as {@link #explicitCast},
     * except that character(n) values lose their trailing pad spaces on the way to text or varchar,
     * as PostgreSQL's bpchar-to-text cast does.
     */
    public static Object explicitCast(Object value, SqlType source, SqlType target) {
        if (source != null && source.kind() == TypeKind.CHAR && value instanceof String text
                && (target.kind() == TypeKind.TEXT || target.kind() == TypeKind.VARCHAR)) {
            value = stripTrailingSpaces(text);
        }
        return convert(value, target, true, null);
    }

    static String stripTrailingSpaces(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Conversion for storing into column {@code columnName}: like an explicit cast, except that a
     * string longer than varchar(n)/char(n) raises 22001 unless the excess is spaces. The binder is
     * expected to have checked {@link #canAssign} on the static types.
     */
    public static Object assignmentCast(Object value, SqlType target, String columnName) {
        return convert(value, target, false, columnName);
    }

    private static Object convert(Object value, SqlType target, boolean explicit, String columnName) {
        if (value == null) {
            return null;
        }
        switch (target.kind()) {
            case UNKNOWN:
                return value;
            case TEXT:
                return castText(value);
            case VARCHAR:
                return limitLength(castText(value), target, explicit, false);
            case CHAR:
                return limitLength(castText(value), target, explicit, true);
            case BOOLEAN:
                return toBoolean(value, target);
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return toInteger(value, target);
            case NUMERIC:
                return toNumeric(value, target);
            case REAL:
                return toReal(value, target);
            case DOUBLE:
                return toDouble(value, target);
            case JSON:
            case JSONB:
                return toJson(value, target);
            default:
                return toOther(value, target);
        }
    }

    /** The cast to text: the output function, except that booleans become {@code true}/{@code false}. */
    private static String castText(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        return ValueFormatter.toText(value, null);
    }

    private static String limitLength(String text, SqlType target, boolean explicit, boolean pad) {
        // character without a length is PostgreSQL's unbounded bpchar here (the type of an untyped literal
        // compared with a char column); the binder turns a declared CHAR / CHARACTER into character(1).
        int limit = target.hasPrecision() ? target.precision() : -1;
        if (limit < 0 || (!pad && text.length() <= limit)) {
            return text; // no more code points than chars: fits without counting them
        }
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            int cut = text.offsetByCodePoints(0, limit);
            if (!explicit && !text.substring(cut).isBlank() && !onlySpaces(text.substring(cut))) {
                throw ErrorCode.STRING_DATA_RIGHT_TRUNCATION.exception(
                        (pad ? "character(" : "character varying(") + limit + ")");
            }
            return text.substring(0, cut);
        }
        if (pad && length < limit) {
            return text + " ".repeat(limit - length);
        }
        return text;
    }

    private static boolean onlySpaces(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (text.charAt(index) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static Object toBoolean(Object value, SqlType target) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof String text) {
            return ValueParser.parse(text, target);
        }
        if (value instanceof Integer integer) {
            return integer != 0;
        }
        throw cannotCast(value, target);
    }

    private static Object toInteger(Object value, SqlType target) {
        TypeKind targetKind = target.kind();
        // Already of the target's class (a bound int parameter): no new box.
        if (value instanceof Integer ? targetKind == TypeKind.INTEGER
                : value instanceof Long ? targetKind == TypeKind.BIGINT
                : value instanceof Short && targetKind == TypeKind.SMALLINT) {
            return value;
        }
        if (value instanceof String text) {
            return ValueParser.parse(text, target);
        }
        if (value instanceof Boolean bool && target.kind() == TypeKind.INTEGER) {
            return bool ? 1 : 0;
        }
        if (!(value instanceof Number number)) {
            throw cannotCast(value, target);
        }
        TypeKind kind = target.kind();
        if (Values.isIntegral(number)) {
            return narrowInteger(number.longValue(), kind);
        }
        if (number instanceof BigDecimal decimal) {
            BigInteger rounded = NumericArithmetic.roundToInteger(decimal);
            if (rounded.bitLength() > 63) {
                throw outOfRange(kind);
            }
            return narrowInteger(rounded.longValue(), kind);
        }
        // float to integer rounds half to even (rint), unlike numeric which rounds half away from zero.
        double rounded = Math.rint(number.doubleValue());
        if (Double.isNaN(rounded) || rounded < -0x1p63 || rounded >= 0x1p63) {
            throw outOfRange(kind);
        }
        return narrowInteger((long) rounded, kind);
    }

    private static Object narrowInteger(long value, TypeKind kind) {
        return switch (kind) {
            case SMALLINT -> NumericArithmetic.smallint(value < Integer.MIN_VALUE || value > Integer.MAX_VALUE
                    ? Integer.MAX_VALUE : (int) value);
            case INTEGER -> NumericArithmetic.integer(value);
            default -> value;
        };
    }

    private static DoSqlException outOfRange(TypeKind kind) {
        return ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE.exception(kind.postgresName());
    }

    private static Object toNumeric(Object value, SqlType target) {
        Object parsed = value instanceof String text ? ValueParser.parse(text, SqlType.NUMERIC) : value;
        if (!(parsed instanceof Number number)) {
            throw cannotCast(value, target);
        }
        if (number instanceof Double || number instanceof Float) {
            double floating = number.doubleValue();
            if (Double.isNaN(floating) || Double.isInfinite(floating)) {
                // numeric NaN/Infinity have no BigDecimal; they travel as a Double.
                return applyNumericModifiersIfDecimal(floating, target);
            }
            int digits = number instanceof Float ? 6 : 15;
            BigDecimal decimal = new BigDecimal(floating).round(new MathContext(digits, RoundingMode.HALF_EVEN));
            return applyNumericModifiers(NumericArithmetic.normalize(decimal.stripTrailingZeros()), target);
        }
        return applyNumericModifiers(NumericArithmetic.normalize(Values.toBigDecimal(number)), target);
    }

    /** Rounds to numeric(p,s)'s scale (half away from zero) and raises 22003 when it overflows p. */
    public static BigDecimal applyNumericModifiers(BigDecimal value, SqlType target) {
        if (!target.hasPrecision()) {
            return value;
        }
        int precision = target.precision();
        int scale = Math.max(target.scale(), 0);
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        int integerDigits = rounded.signum() == 0 ? 0 : rounded.precision() - rounded.scale();
        if (integerDigits > precision - scale) {
            int maximumDigits = precision - scale;
            String bound = maximumDigits == 0 ? "1" : "10^" + maximumDigits;
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow").withDetail(
                    "A field with precision " + precision + ", scale " + scale
                            + " must round to an absolute value less than " + bound + ".");
        }
        return rounded;
    }

    /** Applies numeric(p,s) to a parsed decimal; special values (NaN, Infinity) pass through. */
    static Object applyNumericModifiersIfDecimal(Object parsed, SqlType target) {
        if (parsed instanceof Double special && Double.isInfinite(special) && target.hasPrecision()) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow").withDetail(
                    "A field with precision " + target.precision() + ", scale " + Math.max(target.scale(), 0)
                            + " cannot hold an infinite value.");
        }
        return parsed instanceof BigDecimal decimal ? applyNumericModifiers(decimal, target) : parsed;
    }

    private static Object toReal(Object value, SqlType target) {
        if (value instanceof String text) {
            return ValueParser.parse(text, target);
        }
        if (!(value instanceof Number number)) {
            throw cannotCast(value, target);
        }
        double asDouble = number.doubleValue();
        float result = (float) asDouble;
        if (Float.isInfinite(result) && !Double.isInfinite(asDouble)) {
            throw NumericArithmetic.floatOverflow();
        }
        if (result == 0 && asDouble != 0) {
            throw NumericArithmetic.floatUnderflow();
        }
        return result;
    }

    private static Object toDouble(Object value, SqlType target) {
        if (value instanceof String text) {
            return ValueParser.parse(text, target);
        }
        if (value instanceof Float real) {
            return (double) real;
        }
        if (!(value instanceof Number number)) {
            throw cannotCast(value, target);
        }
        return number.doubleValue();
    }

    /** Text parses as json (kept verbatim) or jsonb (normalized); json and jsonb convert into each other. */
    private static Object toJson(Object value, SqlType target) {
        String text;
        if (value instanceof String string) {
            text = string;
        } else if (value instanceof io.dosql.core.Json json) {
            text = json.text();
        } else {
            throw cannotCast(value, target);
        }
        return target.kind() == TypeKind.JSONB ? JsonFormat.jsonb(text) : JsonFormat.json(text);
    }

    private static Object toOther(Object value, SqlType target) {
        if (value instanceof String text) {
            return ValueParser.parse(text, target);
        }
        TypeKind kind = target.kind();
        if (ValueTypes.kindOf(value) == kind) {
            return value;
        }
        switch (kind) {
            case DATE:
                if (value instanceof LocalDateTime timestamp) {
                    return timestamp.toLocalDate();
                }
                if (value instanceof OffsetDateTime timestamp) {
                    return Values.toUtcDateTime(timestamp).toLocalDate();
                }
                break;
            case TIME:
                if (value instanceof LocalDateTime timestamp) {
                    return timestamp.toLocalTime();
                }
                if (value instanceof OffsetDateTime timestamp) {
                    return Values.toUtcDateTime(timestamp).toLocalTime();
                }
                if (value instanceof Interval interval) {
                    long micros = Math.floorMod(interval.micros(), DateTimeArithmetic.MICROS_PER_DAY);
                    return LocalTime.ofNanoOfDay(micros * 1000L);
                }
                break;
            case TIMESTAMP:
                if (value instanceof LocalDate || value instanceof OffsetDateTime) {
                    return Values.toUtcDateTime(value);
                }
                break;
            case TIMESTAMPTZ:
                if (value instanceof LocalDate || value instanceof LocalDateTime) {
                    return Values.toUtcDateTime(value).atOffset(ZoneOffset.UTC);
                }
                break;
            case INTERVAL:
                if (value instanceof LocalTime time) {
                    return Interval.ofMicros(time.toNanoOfDay() / 1000L);
                }
                break;
            default:
                break;
        }
        throw cannotCast(value, target);
    }

    private static DoSqlException cannotCast(Object value, SqlType target) {
        return ErrorCode.CANNOT_COERCE.exception(ValueTypes.nameOf(value), target.displayName());
    }
}
