package io.dosql.engine.value;

import io.dosql.core.Bytes;
import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * PostgreSQL's input functions: the value a string literal or a text cast denotes for each type,
 * with 22P02 {@code invalid input syntax for type integer: "abc"} and 22003 range errors.
 * Type modifiers (varchar(n), numeric(p,s)) are applied by {@link Casts}, not here.
 */
public final class ValueParser {
    private static final Pattern FLOAT_SYNTAX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ValueParser() {
    }

    /** The value of {@code text} as {@code type}; null text gives null. */
    public static Object parse(String text, SqlType type) {
        if (text == null) {
            return null;
        }
        return switch (type.kind()) {
            case BOOLEAN -> parseBoolean(text);
            case SMALLINT -> (short) parseInteger(text, TypeKind.SMALLINT, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> (int) parseInteger(text, TypeKind.INTEGER, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> parseInteger(text, TypeKind.BIGINT, Long.MIN_VALUE, Long.MAX_VALUE);
            case NUMERIC -> Casts.applyNumericModifiersIfDecimal(parseNumeric(text), type);
            case REAL -> parseReal(text);
            case DOUBLE -> parseDouble(text);
            case TEXT, VARCHAR, CHAR, UNKNOWN -> text;
            case DATE -> DateTimeParser.parseDate(text);
            case TIME -> DateTimeParser.parseTime(text);
            case TIMESTAMP -> DateTimeParser.parseTimestamp(text);
            case TIMESTAMPTZ -> DateTimeParser.parseTimestampWithTimeZone(text);
            case INTERVAL -> IntervalParser.parse(text);
            case UUID_TYPE -> parseUuid(text);
            case BYTEA -> parseBytea(text);
            case JSON -> JsonFormat.json(text);
            case JSONB -> JsonFormat.jsonb(text);
        };
    }

    static DoSqlException invalid(TypeKind kind, String text) {
        return ErrorCode.INVALID_TEXT_REPRESENTATION.exception(kind.postgresName(), text);
    }

    /** t, true, yes, on, 1 and their unique prefixes (and the negatives), any case, blanks trimmed. */
    public static Boolean parseBoolean(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
            if ("true".startsWith(word) || "yes".startsWith(word) || word.equals("on") || word.equals("1")) {
                return Boolean.TRUE;
            }
            if ("false".startsWith(word) || "no".startsWith(word) || word.length() >= 2 && "off".startsWith(word)
                    || word.equals("0")) {
                return Boolean.FALSE;
            }
        }
        throw invalid(TypeKind.BOOLEAN, text);
    }

    private static long parseInteger(String text, TypeKind kind, long minimum, long maximum) {
        String trimmed = text.strip();
        int start = 0;
        boolean negative = false;
        if (!trimmed.isEmpty() && (trimmed.charAt(0) == '-' || trimmed.charAt(0) == '+')) {
            negative = trimmed.charAt(0) == '-';
            start = 1;
        }
        if (start == trimmed.length()) {
            throw invalid(kind, text);
        }
        long value = 0;
        boolean overflow = false;
        for (int index = start; index < trimmed.length(); index++) {
            char digit = trimmed.charAt(index);
            if (digit < '0' || digit > '9') {
                throw invalid(kind, text);
            }
            // Accumulate negatively so that the minimum value parses without overflow.
            if (!overflow) {
                if (value < (Long.MIN_VALUE + (digit - '0')) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 - (digit - '0');
                }
            }
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                overflow = true;
            }
            value = -value;
        }
        if (overflow || value < minimum || value > maximum) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                    "value \"" + text + "\" is out of range for type " + kind.postgresName());
        }
        return value;
    }

    /** A BigDecimal with a non-negative scale, or Double NaN/±Infinity for PostgreSQL's special numerics. */
    public static Object parseNumeric(String text) {
        String trimmed = text.strip();
        Double special = specialFloat(trimmed);
        if (special != null) {
            return special;
        }
        if (!FLOAT_SYNTAX.matcher(trimmed).matches()) {
            throw invalid(TypeKind.NUMERIC, text);
        }
        return NumericArithmetic.normalize(new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed));
    }

    public static Double parseDouble(String text) {
        String trimmed = text.strip();
        Double special = specialFloat(trimmed);
        if (special != null) {
            return special;
        }
        if (!FLOAT_SYNTAX.matcher(trimmed).matches()) {
            throw invalid(TypeKind.DOUBLE, text);
        }
        double value = Double.parseDouble(trimmed);
        if (Double.isInfinite(value) || value == 0 && hasNonZeroDigit(trimmed)) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + text + "\" is out of range for type double precision");
        }
        return value;
    }

    public static Float parseReal(String text) {
        String trimmed = text.strip();
        Double special = specialFloat(trimmed);
        if (special != null) {
            return special.floatValue();
        }
        if (!FLOAT_SYNTAX.matcher(trimmed).matches()) {
            throw invalid(TypeKind.REAL, text);
        }
        float value = Float.parseFloat(trimmed);
        if (Float.isInfinite(value) || value == 0 && hasNonZeroDigit(trimmed)) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + text + "\" is out of range for type real");
        }
        return value;
    }

    private static boolean hasNonZeroDigit(String number) {
        for (int index = 0; index < number.length(); index++) {
            char character = number.charAt(index);
            if (character == 'e' || character == 'E') {
                return false;
            }
            if (character >= '1' && character <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Double specialFloat(String trimmed) {
        String word = trimmed.toLowerCase(Locale.ROOT);
        return switch (word) {
            case "nan" -> Double.NaN;
            case "infinity", "+infinity", "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-infinity", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }

    /** Standard form, upper or lower case, with or without braces and hyphens. */
    public static UUID parseUuid(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        String hex = trimmed.replace("-", "");
        if (hex.length() != 32 || trimmed.startsWith("-") || trimmed.endsWith("-") || trimmed.contains("--")) {
            throw invalid(TypeKind.UUID_TYPE, text);
        }
        long high = 0;
        long low = 0;
        for (int index = 0; index < 32; index++) {
            int digit = Character.digit(hex.charAt(index), 16);
            if (digit < 0) {
                throw invalid(TypeKind.UUID_TYPE, text);
            }
            if (index < 16) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new UUID(high, low);
    }

    /** Hex format ({@code \x0aff}) or escape format ({@code abc\001\\}). */
    public static Bytes parseBytea(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        if (text.startsWith("\\x") || text.startsWith("\\X")) {
            int index = 2;
            while (index < text.length()) {
                char high = text.charAt(index);
                if (Character.isWhitespace(high)) {
                    index++;
                    continue;
                }
                int highDigit = hexDigit(high);
                if (index + 1 >= text.length()) {
                    throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid hexadecimal data: odd number of digits");
                }
                int lowDigit = hexDigit(text.charAt(index + 1));
                bytes.write(highDigit << 4 | lowDigit);
                index += 2;
            }
            return Bytes.copyOf(bytes.toByteArray());
        }
        int index = 0;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character != '\\') {
                int end = index;
                while (end < text.length() && text.charAt(end) != '\\') {
                    end++;
                }
                bytes.writeBytes(text.substring(index, end).getBytes(StandardCharsets.UTF_8));
                index = end;
            } else if (index + 1 < text.length() && text.charAt(index + 1) == '\\') {
                bytes.write('\\');
                index += 2;
            } else if (index + 3 < text.length() + 0 && isOctal(text.charAt(index + 1)) && text.charAt(index + 1) <= '3'
                    && isOctal(text.charAt(index + 2)) && isOctal(text.charAt(index + 3))) {
                bytes.write(Integer.parseInt(text.substring(index + 1, index + 4), 8));
                index += 4;
            } else {
                throw invalid(TypeKind.BYTEA, text);
            }
        }
        return Bytes.copyOf(bytes.toByteArray());
    }

    private static boolean isOctal(char character) {
        return character >= '0' && character <= '7';
    }

    private static int hexDigit(char character) {
        int digit = Character.digit(character, 16);
        if (digit < 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("invalid hexadecimal digit: \"" + character + "\"");
        }
        return digit;
    }
}
