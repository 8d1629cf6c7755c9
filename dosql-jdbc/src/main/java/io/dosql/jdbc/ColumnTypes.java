package io.dosql.jdbc;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;

/**
 * What JDBC metadata reports about a SQL type, as pgjdbc reports it for PostgreSQL: the short type
 * name ({@code int4}, {@code varchar}, {@code timestamptz}), precision, scale, display size and the
 * Java class {@code getObject} returns.
 */
final class ColumnTypes {
    private ColumnTypes() {
    }

    /** pg_type.typname: what pgjdbc's getColumnTypeName and DatabaseMetaData's TYPE_NAME show. */
    static String typeName(TypeKind kind) {
        return kind.typeName();
    }

    /** Decimal digits for numbers, characters for text and date/time types (pgjdbc's values). */
    static int precision(SqlType type) {
        switch (type.kind()) {
            case BOOLEAN: return 1;
            case SMALLINT: return 5;
            case INTEGER: return 10;
            case BIGINT: return 19;
            case REAL: return 8;
            case DOUBLE: return 17;
            case NUMERIC: return type.hasPrecision() ? type.precision() : 0;
            case VARCHAR:
            case CHAR:
                return type.hasPrecision() ? type.precision() : Integer.MAX_VALUE;
            case DATE: return 13;
            case TIME: return 15;
            case TIMESTAMP: return 29;
            case TIMESTAMPTZ: return 35;
            case INTERVAL: return 49;
            case UUID_TYPE: return 36;
            default: return Integer.MAX_VALUE;
        }
    }

    static int scale(SqlType type) {
        switch (type.kind()) {
            case NUMERIC: return type.hasPrecision() ? Math.max(type.scale(), 0) : 0;
            case REAL: return 8;
            case DOUBLE: return 17;
            case TIME:
            case TIMESTAMP:
            case TIMESTAMPTZ:
            case INTERVAL:
                return 6;
            default: return 0;
        }
    }

    static int displaySize(SqlType type) {
        switch (type.kind()) {
            case SMALLINT: return 6;
            case INTEGER: return 11;
            case BIGINT: return 20;
            case REAL: return 15;
            case DOUBLE: return 25;
            case NUMERIC: return type.hasPrecision() ? type.precision() + 2 : 131089;
            default: return precision(type);
        }
    }

    /** The class {@link DoSqlResultSet#getObject(int)} returns for the type. */
    static String className(TypeKind kind) {
        switch (kind) {
            case SMALLINT: return Integer.class.getName();
            case BYTEA: return byte[].class.getName();
            case UNKNOWN, JSON, JSONB: return String.class.getName(); // json travels as its text
            default: return kind.javaClass().getName();
        }
    }

    static boolean isSigned(TypeKind kind) {
        return kind.isNumeric();
    }
}
