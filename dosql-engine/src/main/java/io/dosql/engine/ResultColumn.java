package io.dosql.engine;

import io.dosql.core.SqlType;
import java.util.Objects;

/**
 * One column of a result: its label (as PostgreSQL names it: the alias, else the column name, else
 * the function name, else {@code ?column?}), its type, and — when it is a plain column of a table —
 * that table's schema and name and the column's name (null otherwise).
 */
public record ResultColumn(String label, SqlType type, String schemaName, String tableName, String columnName,
                           boolean nullable) {
    public ResultColumn {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(type, "type is null");
    }

    public static ResultColumn computed(String label, SqlType type) {
        return new ResultColumn(label, type, null, null, null, true);
    }
}
