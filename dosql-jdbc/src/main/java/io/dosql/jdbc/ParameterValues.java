package io.dosql.jdbc;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.Interval;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.UUID;

/**
 * Turns what a JDBC caller binds into the engine's values ({@link io.dosql.core.TypeKind}'s classes):
 * java.sql dates and times become java.time values, Byte becomes Short, byte[] becomes {@link Bytes},
 * instants and zoned times become UTC {@link OffsetDateTime}s; {@code setObject} with a target SQL
 * type converts the value to that type first.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    static Object toEngine(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof Double || value instanceof Boolean
                || value instanceof Short || value instanceof Float || value instanceof LocalDate
                || value instanceof LocalDateTime || value instanceof LocalTime || value instanceof UUID
                || value instanceof Interval || value instanceof Bytes) {
            return value;
        }
        if (value instanceof Byte number) {
            return number.shortValue();
        }
        if (value instanceof byte[] bytes) {
            return Bytes.copyOf(bytes);
        }
        // Timestamp and Time extend java.util.Date like java.sql.Date: test the subclasses first.
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().withNano((int) Math.floorMod(time.getTime(), 1000L) * 1_000_000);
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new Timestamp(date.getTime()).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime timestamp) {
            return timestamp.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime timestamp) {
            return timestamp.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof OffsetTime time) {
            return time.toLocalTime();
        }
        if (value instanceof BigInteger number) {
            return new BigDecimal(number);
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw SqlExceptions.of(ErrorCode.CANNOT_INFER_PARAMETER_TYPE, "Can't infer the SQL type to use for an instance of "
                + value.getClass().getName() + ". Use setObject() with an explicit Types value to specify the type to use.");
    }

    /** {@code value} converted to {@code targetSqlType} ({@link Types}); scale applies to DECIMAL/NUMERIC. */
    static Object toEngine(Object value, int targetSqlType, int scale) throws SQLException {
        Object engineValue = toEngine(value);
        if (engineValue == null) {
            return null;
        }
        switch (targetSqlType) {
            case Types.BOOLEAN:
            case Types.BIT:
                return ValueConversions.toBoolean(engineValue);
            case Types.TINYINT:
            case Types.SMALLINT:
                return (short) ValueConversions.toLong(engineValue, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case Types.INTEGER:
                return (int) ValueConversions.toLong(engineValue, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case Types.BIGINT:
                return ValueConversions.toLong(engineValue, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            case Types.REAL:
                return (float) ValueConversions.toDouble(engineValue, "real");
            case Types.FLOAT:
            case Types.DOUBLE:
                return ValueConversions.toDouble(engineValue, "double precision");
            case Types.DECIMAL:
            case Types.NUMERIC:
                BigDecimal decimal = ValueConversions.toBigDecimal(engineValue);
                return scale >= 0 ? decimal.setScale(scale, RoundingMode.HALF_UP) : decimal;
            case Types.CHAR:
            case Types.VARCHAR:
            case Types.LONGVARCHAR:
            case Types.NCHAR:
            case Types.NVARCHAR:
            case Types.LONGNVARCHAR:
            case Types.CLOB:
                return ValueConversions.toText(engineValue, null);
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
            case Types.BLOB:
                return engineValue instanceof Bytes ? engineValue
                        : Bytes.copyOf(ValueConversions.toBytes(engineValue, null));
            case Types.DATE:
                return ValueConversions.toLocalDate(engineValue);
            case Types.TIME:
                return ValueConversions.toLocalTime(engineValue);
            case Types.TIMESTAMP:
                return ValueConversions.toLocalDateTime(engineValue);
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return ValueConversions.toOffsetDateTime(engineValue).withOffsetSameInstant(ZoneOffset.UTC);
            case Types.OTHER:
            case Types.JAVA_OBJECT:
            case Types.NULL:
                return engineValue;
            default:
                throw SqlExceptions.unsupported("setObject with target type " + targetSqlType);
        }
    }

    /** The date the calendar's zone sees at the instant {@code value} denotes. */
    static LocalDate date(Date value, Calendar calendar) {
        if (value == null) {
            return null;
        }
        if (calendar == null) {
            return value.toLocalDate();
        }
        return Instant.ofEpochMilli(value.getTime()).atZone(zoneOf(calendar)).toLocalDate();
    }

    static LocalTime time(Time value, Calendar calendar) throws SQLException {
        if (value == null) {
            return null;
        }
        if (calendar == null) {
            return (LocalTime) toEngine(value);
        }
        return Instant.ofEpochMilli(value.getTime()).atZone(zoneOf(calendar)).toLocalTime();
    }

    static LocalDateTime timestamp(Timestamp value, Calendar calendar) {
        if (value == null) {
            return null;
        }
        if (calendar == null) {
            return value.toLocalDateTime();
        }
        return value.toInstant().atZone(zoneOf(calendar)).toLocalDateTime();
    }

    private static ZoneId zoneOf(Calendar calendar) {
        return calendar.getTimeZone().toZoneId();
    }

    /** Reads {@code length} bytes (all of them when negative). */
    static byte[] readBytes(InputStream stream, long length) throws SQLException {
        try {
            if (length < 0) {
                return stream.readAllBytes();
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            long remaining = length;
            while (remaining > 0) {
                int read = stream.read(chunk, 0, (int) Math.min(chunk.length, remaining));
                if (read < 0) {
                    break;
                }
                buffer.write(chunk, 0, read);
                remaining -= read;
            }
            return buffer.toByteArray();
        } catch (IOException failure) {
            throw streamFailure(failure);
        }
    }

    /** Reads {@code length} characters (all of them when negative). */
    static String readText(Reader reader, long length) throws SQLException {
        try {
            StringBuilder text = new StringBuilder();
            char[] chunk = new char[8192];
            long remaining = length < 0 ? Long.MAX_VALUE : length;
            while (remaining > 0) {
                int read = reader.read(chunk, 0, (int) Math.min(chunk.length, remaining));
                if (read < 0) {
                    break;
                }
                text.append(chunk, 0, read);
                remaining -= read;
            }
            return text.toString();
        } catch (IOException failure) {
            throw streamFailure(failure);
        }
    }

    private static SQLException streamFailure(IOException failure) {
        SQLException exception = SqlExceptions.of(ErrorCode.IO_ERROR, "Error reading a parameter stream: " + failure);
        exception.initCause(failure);
        return exception;
    }
}
