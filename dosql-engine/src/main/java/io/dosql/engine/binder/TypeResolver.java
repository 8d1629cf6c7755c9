package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.TypeName;
import java.util.List;

/** Resolves a written type name (with PostgreSQL and SQLite synonyms) to a {@link SqlType}. */
public final class TypeResolver {
    private TypeResolver() {
    }

    public static SqlType resolve(TypeName typeName) {
        if (typeName == null) {
            return SqlType.TEXT;
        }
        if (typeName.array()) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("array types");
        }
        List<Integer> modifiers = typeName.modifiers();
        String name = typeName.name();
        switch (name) {
            case "int", "integer", "int4", "serial", "serial4", "mediumint":
                return SqlType.INTEGER;
            case "bigint", "int8", "bigserial", "serial8":
                return SqlType.BIGINT;
            case "smallint", "int2", "smallserial", "serial2", "tinyint":
                return SqlType.SMALLINT;
            case "float", "float8", "double precision", "double":
                if (!modifiers.isEmpty() && modifiers.get(0) <= 24) {
                    return SqlType.REAL;
                }
                return SqlType.DOUBLE;
            case "real", "float4":
                return SqlType.REAL;
            case "numeric", "decimal", "dec":
                if (modifiers.isEmpty()) {
                    return SqlType.NUMERIC;
                }
                return SqlType.numeric(modifiers.get(0), modifiers.size() > 1 ? modifiers.get(1) : 0);
            case "json":
                return SqlType.JSON;
            case "jsonb":
                return SqlType.JSONB;
            case "text", "clob", "string", "name", "citext":
                return SqlType.TEXT;
            case "varchar", "character varying", "nvarchar", "varying character", "char varying":
                return modifiers.isEmpty() ? SqlType.VARCHAR : SqlType.varchar(modifiers.get(0));
            case "char", "character", "bpchar", "nchar":
                return SqlType.character(modifiers.isEmpty() ? 1 : modifiers.get(0));
            case "bool", "boolean":
                return SqlType.BOOLEAN;
            case "date":
                return SqlType.DATE;
            case "time", "time without time zone":
                return SqlType.TIME;
            case "timestamp", "timestamp without time zone", "datetime":
                return SqlType.TIMESTAMP;
            case "timestamptz", "timestamp with time zone":
                return SqlType.TIMESTAMPTZ;
            case "interval":
                return SqlType.INTERVAL;
            case "bytea", "blob", "binary", "varbinary":
                return SqlType.BYTEA;
            case "uuid":
                return SqlType.UUID;
            default:
                throw ErrorCode.UNDEFINED_TYPE.exception(name);
        }
    }

    public static boolean isSerial(TypeName typeName) {
        return typeName != null && typeName.name().contains("serial");
    }

}
