package io.dosql.core;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The families of SQL types DoSQL knows, each with its PostgreSQL name and OID, its JDBC type and the
 * Java class that carries its values inside the engine.
 *
 * <p>Value representation (invariant across the engine, JDBC driver and wire server): SQL NULL is
 * Java {@code null}; SMALLINT is {@link Short}, INTEGER {@link Integer}, BIGINT {@link Long}, REAL
 * {@link Float}, DOUBLE PRECISION {@link Double}, NUMERIC {@link BigDecimal}, TEXT/VARCHAR/CHAR
 * {@link String}, BOOLEAN {@link Boolean}, BYTEA {@link Bytes}, DATE {@link LocalDate}, TIME
 * {@link LocalTime}, TIMESTAMP {@link LocalDateTime}, TIMESTAMPTZ {@link OffsetDateTime} (UTC),
 * INTERVAL {@link Interval}, UUID {@link UUID}, JSON and JSONB {@link Json}. UNKNOWN is the type of a bare NULL or an untyped
 * string literal before the binder resolves it.
 */
public enum TypeKind {
    BOOLEAN("boolean", 16, Types.BOOLEAN, Boolean.class),
    SMALLINT("smallint", 21, Types.SMALLINT, Short.class),
    INTEGER("integer", 23, Types.INTEGER, Integer.class),
    BIGINT("bigint", 20, Types.BIGINT, Long.class),
    REAL("real", 700, Types.REAL, Float.class),
    DOUBLE("double precision", 701, Types.DOUBLE, Double.class),
    NUMERIC("numeric", 1700, Types.NUMERIC, BigDecimal.class),
    TEXT("text", 25, Types.VARCHAR, String.class),
    VARCHAR("character varying", 1043, Types.VARCHAR, String.class),
    CHAR("character", 1042, Types.CHAR, String.class),
    BYTEA("bytea", 17, Types.BINARY, Bytes.class),
    DATE("date", 1082, Types.DATE, LocalDate.class),
    TIME("time without time zone", 1083, Types.TIME, LocalTime.class),
    TIMESTAMP("timestamp without time zone", 1114, Types.TIMESTAMP, LocalDateTime.class),
    TIMESTAMPTZ("timestamp with time zone", 1184, Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.class),
    INTERVAL("interval", 1186, Types.OTHER, Interval.class),
    UUID_TYPE("uuid", 2950, Types.OTHER, UUID.class),
    JSON("json", 114, Types.OTHER, Json.class),
    JSONB("jsonb", 3802, Types.OTHER, Json.class),
    UNKNOWN("unknown", 705, Types.OTHER, Object.class);

    private final String postgresName;
    private final int oid;
    private final int jdbcType;
    private final Class<?> javaClass;

    TypeKind(String postgresName, int oid, int jdbcType, Class<?> javaClass) {
        this.postgresName = postgresName;
        this.oid = oid;
        this.jdbcType = jdbcType;
        this.javaClass = javaClass;
    }

    /** The name PostgreSQL's {@code format_type} prints, e.g. {@code "character varying"}. */
    public String postgresName() {
        return postgresName;
    }

    /** PostgreSQL's type OID (pg_type.oid), used by the wire protocol. */
    public int oid() {
        return oid;
    }

    /** The {@link java.sql.Types} constant. */
    public int jdbcType() {
        return jdbcType;
    }

    public Class<?> javaClass() {
        return javaClass;
    }

    public boolean isInteger() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }

    public boolean isNumeric() {
        return isInteger() || this == REAL || this == DOUBLE || this == NUMERIC;
    }

    public boolean isText() {
        return this == TEXT || this == VARCHAR || this == CHAR;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMPTZ || this == INTERVAL;
    }
}
