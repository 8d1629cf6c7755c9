package io.dosql.engine;

import io.dosql.core.SqlType;
import java.util.List;
import java.util.Objects;

/**
 * A consistent, immutable picture of the schema objects a session sees: what JDBC DatabaseMetaData
 * and the shell's {@code \d} commands report.
 */
public record CatalogSnapshot(List<String> schemas, List<Table> tables) {
    public CatalogSnapshot {
        schemas = List.copyOf(Objects.requireNonNull(schemas, "schemas is null"));
        tables = List.copyOf(Objects.requireNonNull(tables, "tables is null"));
    }

    /**
     * A table or view. {@code kind} is "TABLE" or "VIEW"; {@code primaryKey} lists column names in key order;
     * {@code remarks} is its COMMENT (null: none).
     */
    public record Table(String schema, String name, String kind, List<Column> columns, String primaryKeyName,
                        List<String> primaryKey, List<Index> indexes, List<ForeignKey> foreignKeys,
                        String viewDefinition, String remarks) {
        public Table(String schema, String name, String kind, List<Column> columns, String primaryKeyName,
                     List<String> primaryKey, List<Index> indexes, List<ForeignKey> foreignKeys, String viewDefinition) {
            this(schema, name, kind, columns, primaryKeyName, primaryKey, indexes, foreignKeys, viewDefinition, null);
        }

        public Table {
            Objects.requireNonNull(schema, "schema is null");
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(kind, "kind is null");
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            indexes = List.copyOf(indexes);
            foreignKeys = List.copyOf(foreignKeys);
        }
    }

    /** A column; {@code defaultExpression} is the SQL text of its default, or null. */
    public record Column(String name, SqlType type, boolean nullable, String defaultExpression, boolean autoIncrement,
                         String remarks) {
        public Column(String name, SqlType type, boolean nullable, String defaultExpression, boolean autoIncrement) {
            this(name, type, nullable, defaultExpression, autoIncrement, null);
        }

        public Column {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(type, "type is null");
        }
    }

    /** An index (including those behind PRIMARY KEY and UNIQUE constraints). */
    public record Index(String name, boolean unique, boolean primary, List<String> columns) {
        public Index {
            columns = List.copyOf(columns);
        }
    }

    /** A foreign key of this table; actions are spelt as SQL ("NO ACTION", "CASCADE", …). */
    public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                             List<String> referencedColumns, String onDelete, String onUpdate) {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }
}
