package io.dosql.engine.catalog;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.parser.ast.ReferentialAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The SQL-standard {@code information_schema} views PostgreSQL tools and users query most: schemata,
 * tables, columns, views, table_constraints, key_column_usage, referential_constraints. Each is computed
 * from the catalog when a query reads it (so it is never stale). Values follow PostgreSQL 15's; its domain
 * types (sql_identifier, character_data, yes_or_no, cardinal_number) appear as text and integer. Only the
 * database's own objects are listed (PostgreSQL also lists pg_catalog's and information_schema's), NOT
 * NULL constraints are not listed as CHECK constraints, and views are not updatable (DoSQL refuses
 * INSERT/UPDATE/DELETE on a view, where PostgreSQL updates simple views).
 */
public final class InformationSchema {
    public static final String SCHEMA = "information_schema";
    private static final String DATABASE = "dosql";
    private static final SqlType TEXT = SqlType.TEXT;
    private static final SqlType INT = SqlType.INTEGER;

    /** One view: its columns and how to compute its rows from a catalog. */
    public record View(String name, List<String> columnNames, List<SqlType> columnTypes,
                       Function<Catalog, List<Object[]>> rows) {
    }

    private static final Map<String, View> VIEWS = new LinkedHashMap<>();

    static {
        add("schemata", InformationSchema::schemata,
                "catalog_name", TEXT, "schema_name", TEXT, "schema_owner", TEXT);
        add("tables", InformationSchema::tables,
                "table_catalog", TEXT, "table_schema", TEXT, "table_name", TEXT, "table_type", TEXT,
                "is_insertable_into", TEXT, "is_typed", TEXT);
        add("columns", InformationSchema::columns,
                "table_catalog", TEXT, "table_schema", TEXT, "table_name", TEXT, "column_name", TEXT,
                "ordinal_position", INT, "column_default", TEXT, "is_nullable", TEXT, "data_type", TEXT,
                "character_maximum_length", INT, "numeric_precision", INT, "numeric_precision_radix", INT,
                "numeric_scale", INT, "datetime_precision", INT, "udt_name", TEXT, "is_identity", TEXT,
                "identity_generation", TEXT, "is_generated", TEXT, "is_updatable", TEXT);
        add("views", InformationSchema::views,
                "table_catalog", TEXT, "table_schema", TEXT, "table_name", TEXT, "view_definition", TEXT,
                "check_option", TEXT, "is_updatable", TEXT, "is_insertable_into", TEXT);
        add("table_constraints", InformationSchema::tableConstraints,
                "constraint_catalog", TEXT, "constraint_schema", TEXT, "constraint_name", TEXT,
                "table_catalog", TEXT, "table_schema", TEXT, "table_name", TEXT, "constraint_type", TEXT,
                "is_deferrable", TEXT, "initially_deferred", TEXT, "enforced", TEXT);
        add("key_column_usage", InformationSchema::keyColumnUsage,
                "constraint_catalog", TEXT, "constraint_schema", TEXT, "constraint_name", TEXT,
                "table_catalog", TEXT, "table_schema", TEXT, "table_name", TEXT, "column_name", TEXT,
                "ordinal_position", INT, "position_in_unique_constraint", INT);
        add("referential_constraints", InformationSchema::referentialConstraints,
                "constraint_catalog", TEXT, "constraint_schema", TEXT, "constraint_name", TEXT,
                "unique_constraint_catalog", TEXT, "unique_constraint_schema", TEXT, "unique_constraint_name", TEXT,
                "match_option", TEXT, "update_rule", TEXT, "delete_rule", TEXT);
    }

    private InformationSchema() {
    }

    /** The view {@code name} of information_schema, or null. */
    public static View view(String name) {
        return VIEWS.get(name);
    }

    private static void add(String name, Function<Catalog, List<Object[]>> rows, Object... columns) {
        List<String> names = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        for (int index = 0; index < columns.length; index += 2) {
            names.add((String) columns[index]);
            types.add((SqlType) columns[index + 1]);
        }
        VIEWS.put(name, new View(name, List.copyOf(names), List.copyOf(types), rows));
    }

    private static List<Object[]> schemata(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            rows.add(new Object[] {DATABASE, schema.name, "postgres"});
        }
        rows.add(new Object[] {DATABASE, SCHEMA, "postgres"});
        return rows;
    }

    private static List<Object[]> tables(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                rows.add(new Object[] {DATABASE, schema.name, table.name, "BASE TABLE", "YES", "NO"});
            }
            for (ViewInfo view : schema.views.values()) {
                rows.add(new Object[] {DATABASE, schema.name, view.name(), "VIEW", "NO", "NO"});
            }
        }
        return rows;
    }

    private static List<Object[]> columns(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (int index = 0; index < table.columns.size(); index++) {
                    ColumnInfo column = table.columns.get(index);
                    boolean identity = column.identity != null;
                    rows.add(columnRow(schema.name, table.name, index + 1, column.name, column.type,
                            identity || column.defaultExpression == null ? null
                                    : io.dosql.parser.SqlPrinter.print(column.defaultExpression),
                            !column.notNull, identity,
                            identity ? (column.identityAlways ? "ALWAYS" : "BY DEFAULT") : null, "YES"));
                }
            }
        }
        return rows;
    }

    private static Object[] columnRow(String schema, String table, int position, String name, SqlType type,
                                      String defaultText, boolean nullable, boolean identity,
                                      String identityGeneration, String updatable) {
        TypeKind kind = type.kind();
        Integer length = null;
        if ((kind == TypeKind.VARCHAR || kind == TypeKind.CHAR) && type.precision() > 0) {
            length = type.precision();
        }
        Integer precision = null;
        Integer radix = null;
        Integer scale = null;
        switch (kind) {
            case SMALLINT -> { precision = 16; radix = 2; scale = 0; }
            case INTEGER -> { precision = 32; radix = 2; scale = 0; }
            case BIGINT -> { precision = 64; radix = 2; scale = 0; }
            case REAL -> { precision = 24; radix = 2; }
            case DOUBLE -> { precision = 53; radix = 2; }
            case NUMERIC -> {
                radix = 10;
                if (type.precision() > 0) {
                    precision = type.precision();
                    scale = type.scale();
                }
            }
            default -> { }
        }
        Integer datetimePrecision = switch (kind) {
            case DATE -> 0;
            case TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL -> 6;
            default -> null;
        };
        return new Object[] {DATABASE, schema, table, name, position, defaultText, nullable ? "YES" : "NO",
                kind.postgresName(), length, precision, radix, scale, datetimePrecision, kind.typeName(),
                identity ? "YES" : "NO", identityGeneration, "NEVER", updatable};
    }


    private static List<Object[]> views(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (ViewInfo view : schema.views.values()) {
                rows.add(new Object[] {DATABASE, schema.name, view.name(), view.sql(), "NONE", "NO", "NO"});
            }
        }
        return rows;
    }

    private static List<Object[]> tableConstraints(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (IndexInfo index : table.indexes) {
                    if (index.constraint) {
                        rows.add(constraintRow(schema.name, index.name, table.name,
                                index.primary ? "PRIMARY KEY" : "UNIQUE"));
                    }
                }
                for (ForeignKeyInfo foreignKey : table.foreignKeys) {
                    rows.add(constraintRow(schema.name, foreignKey.name, table.name, "FOREIGN KEY"));
                }
                for (CheckInfo check : table.checks) {
                    rows.add(constraintRow(schema.name, check.name(), table.name, "CHECK"));
                }
            }
        }
        return rows;
    }

    private static Object[] constraintRow(String schema, String name, String table, String type) {
        return new Object[] {DATABASE, schema, name, DATABASE, schema, table, type, "NO", "NO", "YES"};
    }

    private static List<Object[]> keyColumnUsage(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (IndexInfo index : table.indexes) {
                    if (index.constraint) {
                        for (int position = 0; position < index.columns.length; position++) {
                            rows.add(new Object[] {DATABASE, schema.name, index.name, DATABASE, schema.name, table.name,
                                    table.columns.get(index.columns[position]).name, position + 1, null});
                        }
                    }
                }
                for (ForeignKeyInfo foreignKey : table.foreignKeys) {
                    IndexInfo referenced = referencedKey(foreignKey);
                    for (int position = 0; position < foreignKey.columns.length; position++) {
                        Integer inUnique = null;
                        if (referenced != null) {
                            for (int key = 0; key < referenced.columns.length; key++) {
                                if (referenced.columns[key] == foreignKey.referencedColumns[position]) {
                                    inUnique = key + 1;
                                }
                            }
                        }
                        rows.add(new Object[] {DATABASE, schema.name, foreignKey.name, DATABASE, schema.name,
                                table.name, table.columns.get(foreignKey.columns[position]).name, position + 1,
                                inUnique});
                    }
                }
            }
        }
        return rows;
    }

    private static List<Object[]> referentialConstraints(Catalog catalog) {
        List<Object[]> rows = new ArrayList<>();
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo table : schema.tables.values()) {
                for (ForeignKeyInfo foreignKey : table.foreignKeys) {
                    IndexInfo referenced = referencedKey(foreignKey);
                    rows.add(new Object[] {DATABASE, schema.name, foreignKey.name, DATABASE,
                            referenced == null ? null : foreignKey.referenced.schema,
                            referenced == null ? null : referenced.name, "NONE", rule(foreignKey.onUpdate),
                            rule(foreignKey.onDelete)});
                }
            }
        }
        return rows;
    }

    /** The unique index over exactly the referenced columns (what the foreign key depends on), or null. */
    private static IndexInfo referencedKey(ForeignKeyInfo foreignKey) {
        for (IndexInfo index : foreignKey.referenced.indexes) {
            if (index.unique && sameColumns(index.columns, foreignKey.referencedColumns)) {
                return index;
            }
        }
        return null;
    }

    private static boolean sameColumns(int[] indexColumns, int[] referencedColumns) {
        if (indexColumns.length != referencedColumns.length) {
            return false;
        }
        for (int column : referencedColumns) {
            boolean found = false;
            for (int indexColumn : indexColumns) {
                found |= indexColumn == column;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String rule(ReferentialAction action) {
        return action.name().replace('_', ' ').toUpperCase(Locale.ROOT);
    }
}
