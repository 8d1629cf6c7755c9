package io.dosql.core;

import java.util.Objects;

/**
 * A SQL type: a {@link TypeKind} plus its modifiers. For VARCHAR/CHAR {@code precision} is the
 * maximum length; for NUMERIC it is precision and {@code scale} the scale; {@code -1} means
 * "not given" (unbounded VARCHAR, unconstrained NUMERIC).
 */
public record SqlType(TypeKind kind, int precision, int scale) {
    public static final SqlType BOOLEAN = of(TypeKind.BOOLEAN);
    public static final SqlType SMALLINT = of(TypeKind.SMALLINT);
    public static final SqlType INTEGER = of(TypeKind.INTEGER);
    public static final SqlType BIGINT = of(TypeKind.BIGINT);
    public static final SqlType REAL = of(TypeKind.REAL);
    public static final SqlType DOUBLE = of(TypeKind.DOUBLE);
    public static final SqlType NUMERIC = of(TypeKind.NUMERIC);
    public static final SqlType TEXT = of(TypeKind.TEXT);
    public static final SqlType VARCHAR = of(TypeKind.VARCHAR);
    public static final SqlType BYTEA = of(TypeKind.BYTEA);
    public static final SqlType DATE = of(TypeKind.DATE);
    public static final SqlType TIME = of(TypeKind.TIME);
    public static final SqlType TIMESTAMP = of(TypeKind.TIMESTAMP);
    public static final SqlType TIMESTAMPTZ = of(TypeKind.TIMESTAMPTZ);
    public static final SqlType INTERVAL = of(TypeKind.INTERVAL);
    public static final SqlType UUID = of(TypeKind.UUID_TYPE);
    public static final SqlType JSON = of(TypeKind.JSON);
    public static final SqlType JSONB = of(TypeKind.JSONB);
    public static final SqlType UNKNOWN = of(TypeKind.UNKNOWN);

    public SqlType {
        Objects.requireNonNull(kind, "kind is null");
    }

    public static SqlType of(TypeKind kind) {
        return new SqlType(kind, -1, -1);
    }

    public static SqlType varchar(int length) {
        return new SqlType(TypeKind.VARCHAR, length, -1);
    }

    public static SqlType character(int length) {
        return new SqlType(TypeKind.CHAR, length, -1);
    }

    public static SqlType numeric(int precision, int scale) {
        return new SqlType(TypeKind.NUMERIC, precision, scale);
    }

    public boolean hasPrecision() {
        return precision >= 0;
    }

    /** The type as PostgreSQL's {@code format_type} prints it, e.g. {@code character varying(20)}. */
    public String displayName() {
        if (!hasPrecision()) {
            return kind.postgresName();
        }
        if (kind == TypeKind.NUMERIC) {
            return "numeric(" + precision + "," + Math.max(scale, 0) + ")";
        }
        return kind.postgresName() + "(" + precision + ")";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
