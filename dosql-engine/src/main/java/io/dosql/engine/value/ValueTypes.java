package io.dosql.engine.value;

import io.dosql.core.Bytes;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The SQL type family a Java engine value belongs to (the inverse of {@link TypeKind#javaClass()}). */
public final class ValueTypes {
    private ValueTypes() {
    }

    /** The type kind of a non-null value; strings are TEXT. */
    public static TypeKind kindOf(Object value) {
        if (value instanceof Integer) {
            return TypeKind.INTEGER;
        }
        if (value instanceof String) {
            return TypeKind.TEXT;
        }
        if (value instanceof Long) {
            return TypeKind.BIGINT;
        }
        if (value instanceof BigDecimal) {
            return TypeKind.NUMERIC;
        }
        if (value instanceof Double) {
            return TypeKind.DOUBLE;
        }
        if (value instanceof Boolean) {
            return TypeKind.BOOLEAN;
        }
        if (value instanceof Short) {
            return TypeKind.SMALLINT;
        }
        if (value instanceof Float) {
            return TypeKind.REAL;
        }
        if (value instanceof LocalDate) {
            return TypeKind.DATE;
        }
        if (value instanceof LocalDateTime) {
            return TypeKind.TIMESTAMP;
        }
        if (value instanceof OffsetDateTime) {
            return TypeKind.TIMESTAMPTZ;
        }
        if (value instanceof LocalTime) {
            return TypeKind.TIME;
        }
        if (value instanceof Interval) {
            return TypeKind.INTERVAL;
        }
        if (value instanceof Bytes) {
            return TypeKind.BYTEA;
        }
        if (value instanceof UUID) {
            return TypeKind.UUID_TYPE;
        }
        if (value instanceof io.dosql.core.Json) {
            return TypeKind.JSONB;
        }
        return TypeKind.UNKNOWN;
    }

    public static SqlType typeOf(Object value) {
        return value == null ? SqlType.UNKNOWN : SqlType.of(kindOf(value));
    }

    /** PostgreSQL's name of the value's type, for error messages. */
    public static String nameOf(Object value) {
        return value == null ? "unknown" : kindOf(value).postgresName();
    }
}
