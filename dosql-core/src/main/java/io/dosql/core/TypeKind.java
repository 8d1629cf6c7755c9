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
    BOOLEAN("boolean", "bool", 16, Types.BOOLEAN, Boolean.class),
    SMALLINT("smallint", "int2", 21, Types.SMALLINT, Short.class),
    INTEGER("integer", "int4", 23, Types.INTEGER, Integer.class),
    BIGINT("bigint", "int8", 20, Types.BIGINT, Long.class),
    REAL("real", "float4", 700, Types.REAL, Float.class),
    DOUBLE("double precision", "float8", 701, Types.DOUBLE, Double.class),
    NUMERIC("numeric", "numeric", 1700, Types.NUMERIC, BigDecimal.class),
    TEXT("text", "text", 25, Types.VARCHAR, String.class),
    VARCHAR("character varying", "varchar", 1043, Types.VARCHAR, String.class),
    CHAR("character", "bpchar", 1042, Types.CHAR, String.class),
    BYTEA("bytea", "bytea", 17, Types.BINARY, Bytes.class),
    DATE("date", "date", 1082, Types.DATE, LocalDate.class),
    TIME("time without time zone", "time", 1083, Types.TIME, LocalTime.class),
    TIMESTAMP("timestamp without time zone", "timestamp", 1114, Types.TIMESTAMP, LocalDateTime.class),
    TIMESTAMPTZ("timestamp with time zone", "timestamptz", 1184, Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.class),
    INTERVAL("interval", "interval", 1186, Types.OTHER, Interval.class),
    UUID_TYPE("uuid", "uuid", 2950, Types.OTHER, UUID.class),
    JSON("json", "json", 114, Types.OTHER, Json.class),
    JSONB("jsonb", "jsonb", 3802, Types.OTHER, Json.class),
    UNKNOWN("unknown", "unknown", 705, Types.OTHER, Object.class);

    private final String postgresName;
    private final String typeName;
    private final int oid;
    private final int jdbcType;
    private final Class<?> javaClass;

    TypeKind(String postgresName, String typeName, int oid, int jdbcType, Class<?> javaClass) {
        this.postgresName = postgresName;
        this.typeName = typeName;
        this.oid = oid;
        this.jdbcType = jdbcType;
        this.javaClass = javaClass;
    }

    /** The name PostgreSQL's {@code format_type} prints, e.g. {@code "character varying"}. */
    public String postgresName() {
        return postgresName;
    }

    /** PostgreSQL's internal name (pg_type.typname), e.g. {@code "int4"}: JDBC type names, udt_name, cast labels. */
    public String typeName() {
        return typeName;
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
