package io.dosql.jdbc;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.value.ValueFormatter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Conversions between engine values ({@link io.dosql.core.TypeKind}'s Java classes) and the Java types
 * JDBC getters and {@code setObject} ask for, following pgjdbc: numbers convert with truncation toward
 * zero and 22003 when out of range, text converts by parsing, anything converts to text through
 * PostgreSQL's output format.
 */
final class ValueConversions {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ValueConversions() {
    }

    /** PostgreSQL's text form of a non-null value ({@code t}/{@code f}, ISO dates, hex bytea, …). */
    static String toText(Object value, SqlType type) {
        if (value instanceof byte[] bytes) {
            return Bytes.copyOf(bytes).toString();
        }
        return ValueFormatter.toText(value, type);
    }

    /** An integral value within [{@code minimum}, {@code maximum}], as getInt/getLong/… need. */
    static long toLong(Object value, long minimum, long maximum, String typeName) throws SQLException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            return checkRange(number, minimum, maximum, typeName, value);
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        BigDecimal decimal;
        if (value instanceof BigDecimal exact) {
            decimal = exact;
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw outOfRange(typeName, value);
            }
            decimal = new BigDecimal(number);
        } else if (value instanceof String text) {
            decimal = parseDecimal(text, typeName);
        } else if (value instanceof BigInteger big) {
            decimal = new BigDecimal(big);
        } else {
            throw cannotConvert(value, typeName);
        }
        BigDecimal truncated = decimal.setScale(0, RoundingMode.DOWN);
        if (truncated.compareTo(LONG_MIN) < 0 || truncated.compareTo(LONG_MAX) > 0) {
            throw outOfRange(typeName, value);
        }
        return checkRange(truncated.longValue(), minimum, maximum, typeName, value);
    }

    private static long checkRange(long number, long minimum, long maximum, String typeName, Object value)
            throws SQLException {
        if (number < minimum || number > maximum) {
            throw outOfRange(typeName, value);
        }
        return number;
    }

    static double toDouble(Object value, String typeName) throws SQLException {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            switch (trimmed.toLowerCase(Locale.ROOT)) {
                case "nan":
                    return Double.NaN;
                case "infinity":
                case "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    return parseDecimal(trimmed, typeName).doubleValue();
            }
        }
        throw cannotConvert(value, typeName);
    }

    static BigDecimal toBigDecimal(Object value) throws SQLException {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw outOfRange("numeric", value);
            }
            return new BigDecimal(value.toString());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Boolean bool) {
            return bool ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (value instanceof String text) {
            return parseDecimal(text, "numeric");
        }
        throw cannotConvert(value, "numeric");
    }

    /** PostgreSQL's boolean input: t/true/yes/on/1 and f/false/no/off/0; numbers 1 and 0. */
    static boolean toBoolean(Object value) throws SQLException {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = toBigDecimal(number);
            if (decimal.compareTo(BigDecimal.ONE) == 0) {
                return true;
            }
            if (decimal.signum() == 0) {
                return false;
            }
            throw cannotConvert(value, "boolean");
        }
        if (value instanceof String text) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "t": case "true": case "yes": case "y": case "on": case "1":
                    return true;
                case "f": case "false": case "no": case "n": case "off": case "0":
                    return false;
                default:
                    throw invalidText("boolean", text);
            }
        }
        throw cannotConvert(value, "boolean");
    }

    static byte[] toBytes(Object value, SqlType type) {
        if (value instanceof Bytes bytes) {
            return bytes.toByteArray();
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        return toText(value, type).getBytes(StandardCharsets.UTF_8);
    }

    static LocalDate toLocalDate(Object value) throws SQLException {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toLocalDate();
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException notIso) {
                return toLocalDateTime(text).toLocalDate();
            }
        }
        throw cannotConvert(value, "date");
    }

    static LocalTime toLocalTime(Object value) throws SQLException {
        if (value instanceof LocalTime time) {
            return time;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toLocalTime();
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp.atZoneSameInstant(ZoneId.systemDefault()).toLocalTime();
        }
        if (value instanceof OffsetTime time) {
            return time.toLocalTime();
        }
        if (value instanceof String text) {
            try {
                return LocalTime.parse(text.trim());
            } catch (DateTimeParseException invalid) {
                throw invalidText("time", text);
            }
        }
        throw cannotConvert(value, "time");
    }

    static LocalDateTime toLocalDateTime(Object value) throws SQLException {
        if (value instanceof LocalDateTime timestamp) {
            return timestamp;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            try {
                return LocalDateTime.parse(trimmed.replace(' ', 'T'));
            } catch (DateTimeParseException notLocal) {
                try {
                    return toOffsetDateTime(trimmed).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
                } catch (SQLException notOffset) {
                    throw invalidText("timestamp", text);
                }
            }
        }
        throw cannotConvert(value, "timestamp");
    }

    static OffsetDateTime toOffsetDateTime(Object value) throws SQLException {
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.atZone(ZoneId.systemDefault()).toOffsetDateTime();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        if (value instanceof String text) {
            String normalized = text.trim().replace(' ', 'T');
            // PostgreSQL prints "+00" where ISO wants "+00:00".
            if (normalized.matches(".*[+-]\\d\\d$")) {
                normalized = normalized + ":00";
            }
            try {
                return OffsetDateTime.parse(normalized);
            } catch (DateTimeParseException invalid) {
                throw invalidText("timestamp with time zone", text);
            }
        }
        throw cannotConvert(value, "timestamp with time zone");
    }

    static UUID toUuid(Object value) throws SQLException {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof String text) {
            try {
                return UUID.fromString(text.trim());
            } catch (IllegalArgumentException invalid) {
                throw invalidText("uuid", text);
            }
        }
        throw cannotConvert(value, "uuid");
    }

    private static BigDecimal parseDecimal(String text, String typeName) throws SQLException {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException invalid) {
            throw invalidText(typeName, text);
        }
    }

    static SQLException outOfRange(String typeName, Object value) {
        return SqlExceptions.of(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                "Bad value for type " + typeName + " : " + value + " (out of range)");
    }

    static SQLException invalidText(String typeName, String text) {
        return SqlExceptions.of(ErrorCode.INVALID_TEXT_REPRESENTATION,
                ErrorCode.INVALID_TEXT_REPRESENTATION.format(typeName, text));
    }

    static SQLException cannotConvert(Object value, String typeName) {
        return SqlExceptions.of(ErrorCode.CANNOT_COERCE,
                "Cannot convert the value " + value + " (" + value.getClass().getSimpleName() + ") to " + typeName);
    }
}
