package io.dosql.engine.value;

import io.dosql.core.TypeKind;

/**
 * PostgreSQL's type categories (pg_type.typcategory): common-type resolution only mixes types of one
 * category, and prefers the category's preferred type (text, double precision, timestamptz).
 */
public enum TypeCategory {
    BOOLEAN, NUMERIC, STRING, DATETIME, TIMESPAN, USER_DEFINED, UNKNOWN;

    public static TypeCategory of(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> BOOLEAN;
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, NUMERIC -> NUMERIC;
            case TEXT, VARCHAR, CHAR -> STRING;
            case DATE, TIME, TIMESTAMP, TIMESTAMPTZ -> DATETIME;
            case INTERVAL -> TIMESPAN;
            case BYTEA, UUID_TYPE, JSON, JSONB -> USER_DEFINED; // PostgreSQL files bytea under 'U' too
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Whether {@code kind} is its category's preferred type. */
    public static boolean isPreferred(TypeKind kind) {
        return kind == TypeKind.BOOLEAN || kind == TypeKind.DOUBLE || kind == TypeKind.TEXT
                || kind == TypeKind.TIMESTAMPTZ || kind == TypeKind.INTERVAL;
    }
}
