package io.dosql.cli;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** A column's type as psql's {@code \d} prints it ({@code character varying(20)}), from a getColumns row. */
final class TypeDisplay {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"), Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("bpchar", "character"),
            Map.entry("time", "time without time zone"), Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"));

    private TypeDisplay() {
    }

    static String of(ResultSet column) throws SQLException {
        String typeName = column.getString("TYPE_NAME");
        String name = NAMES.getOrDefault(typeName, typeName);
        int size = column.getInt("COLUMN_SIZE");
        boolean sized = !column.wasNull() && size > 0 && size < Integer.MAX_VALUE;
        if (typeName.equals("numeric") && sized) {
            return name + "(" + size + "," + column.getInt("DECIMAL_DIGITS") + ")";
        }
        if ((typeName.equals("varchar") || typeName.equals("bpchar")) && sized) {
            return name + "(" + size + ")";
        }
        return name;
    }
}
