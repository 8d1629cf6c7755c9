package io.dosql.jdbc;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.CatalogSnapshot;
import io.dosql.engine.CatalogSnapshot.Column;
import io.dosql.engine.CatalogSnapshot.ForeignKey;
import io.dosql.engine.CatalogSnapshot.Index;
import io.dosql.engine.CatalogSnapshot.Table;
import io.dosql.engine.ResultColumn;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The result sets of {@link DoSqlDatabaseMetaData}, built from a {@link CatalogSnapshot} as in-memory
 * rows with the column names and types the JDBC specification gives (TABLE_CAT, TABLE_SCHEM, …).
 * Catalog arguments are ignored (DoSQL has one unnamed catalog); schema and name arguments are LIKE
 * patterns where JDBC says so, exact names otherwise, and null matches everything.
 */
final class MetadataResultSets {
    static final String TABLES = "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,TABLE_TYPE,REMARKS,TYPE_CAT,TYPE_SCHEM,TYPE_NAME,"
            + "SELF_REFERENCING_COL_NAME,REF_GENERATION";
    static final String COLUMNS = "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,DATA_TYPE:int,TYPE_NAME,COLUMN_SIZE:int,"
            + "BUFFER_LENGTH:int,DECIMAL_DIGITS:int,NUM_PREC_RADIX:int,NULLABLE:int,REMARKS,COLUMN_DEF,SQL_DATA_TYPE:int,"
            + "SQL_DATETIME_SUB:int,CHAR_OCTET_LENGTH:int,ORDINAL_POSITION:int,IS_NULLABLE,SCOPE_CATALOG,SCOPE_SCHEMA,"
            + "SCOPE_TABLE,SOURCE_DATA_TYPE:short,IS_AUTOINCREMENT,IS_GENERATEDCOLUMN";
    static final String PRIMARY_KEYS = "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,KEY_SEQ:short,PK_NAME";
    static final String INDEX_INFO = "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,NON_UNIQUE:bool,INDEX_QUALIFIER,INDEX_NAME,"
            + "TYPE:short,ORDINAL_POSITION:short,COLUMN_NAME,ASC_OR_DESC,CARDINALITY:long,PAGES:long,FILTER_CONDITION";
    static final String KEYS = "PKTABLE_CAT,PKTABLE_SCHEM,PKTABLE_NAME,PKCOLUMN_NAME,FKTABLE_CAT,FKTABLE_SCHEM,"
            + "FKTABLE_NAME,FKCOLUMN_NAME,KEY_SEQ:short,UPDATE_RULE:short,DELETE_RULE:short,FK_NAME,PK_NAME,"
            + "DEFERRABILITY:short";
    static final String TYPE_INFO = "TYPE_NAME,DATA_TYPE:int,PRECISION:int,LITERAL_PREFIX,LITERAL_SUFFIX,CREATE_PARAMS,"
            + "NULLABLE:short,CASE_SENSITIVE:bool,SEARCHABLE:short,UNSIGNED_ATTRIBUTE:bool,FIXED_PREC_SCALE:bool,"
            + "AUTO_INCREMENT:bool,LOCAL_TYPE_NAME,MINIMUM_SCALE:short,MAXIMUM_SCALE:short,SQL_DATA_TYPE:int,"
            + "SQL_DATETIME_SUB:int,NUM_PREC_RADIX:int";
    static final String SCHEMAS = "TABLE_SCHEM,TABLE_CATALOG";

    private final CatalogSnapshot catalog;

    MetadataResultSets(CatalogSnapshot catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog is null");
    }

    /** An in-memory result set; {@code columnSpec} is "NAME[:int|short|long|bool],…" (text by default). */
    static ResultSet of(String columnSpec, List<Object[]> rows) {
        List<ResultColumn> columns = new ArrayList<>();
        for (String spec : columnSpec.split(",")) {
            String[] parts = spec.split(":");
            SqlType type = SqlType.TEXT;
            if (parts.length > 1) {
                switch (parts[1]) {
                    case "int": type = SqlType.INTEGER; break;
                    case "short": type = SqlType.SMALLINT; break;
                    case "long": type = SqlType.BIGINT; break;
                    case "bool": type = SqlType.BOOLEAN; break;
                    default: throw new IllegalArgumentException("unknown column type in " + spec);
                }
            }
            columns.add(ResultColumn.computed(parts[0], type));
        }
        return new DoSqlResultSet(null, columns, new ListRowCursor(rows), null, 0);
    }

    static ResultSet empty(String columnSpec) {
        return of(columnSpec, List.of());
    }

    ResultSet tables(String schemaPattern, String tableNamePattern, String[] types) {
        List<String> wanted = types == null ? null : Arrays.asList(types);
        List<Object[]> rows = new ArrayList<>();
        for (Table table : catalog.tables()) {
            if (matches(schemaPattern, table.schema()) && matches(tableNamePattern, table.name())
                    && (wanted == null || wanted.contains(table.kind()))) {
                rows.add(new Object[] {null, table.schema(), table.name(), table.kind(), table.remarks(), null, null,
                        null, null, null});
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[3]).thenComparing(row -> (String) row[1])
                .thenComparing(row -> (String) row[2]));
        return of(TABLES, rows);
    }

    ResultSet columns(String schemaPattern, String tableNamePattern, String columnNamePattern) {
        List<Object[]> rows = new ArrayList<>();
        for (Table table : sortedTables(schemaPattern, tableNamePattern)) {
            int ordinal = 0;
            for (Column column : table.columns()) {
                ordinal++;
                if (!matches(columnNamePattern, column.name())) {
                    continue;
                }
                SqlType type = column.type();
                TypeKind kind = type.kind();
                rows.add(new Object[] {null, table.schema(), table.name(), column.name(), kind.jdbcType(),
                        ColumnTypes.typeName(kind), ColumnTypes.precision(type), null, ColumnTypes.scale(type),
                        kind.isNumeric() ? 10 : null,
                        column.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
                        column.remarks(), column.defaultExpression(), null, null,
                        kind.isText() ? ColumnTypes.precision(type) : null, ordinal,
                        column.nullable() ? "YES" : "NO", null, null, null, null,
                        column.autoIncrement() ? "YES" : "NO", "NO"});
            }
        }
        return of(COLUMNS, rows);
    }

    ResultSet primaryKeys(String schema, String tableName) {
        List<Object[]> rows = new ArrayList<>();
        for (Table table : sortedTables(schema, tableName)) {
            if (!exact(schema, table.schema()) || !exact(tableName, table.name())) {
                continue;
            }
            for (int index = 0; index < table.primaryKey().size(); index++) {
                rows.add(new Object[] {null, table.schema(), table.name(), table.primaryKey().get(index),
                        (short) (index + 1), table.primaryKeyName()});
            }
        }
        return of(PRIMARY_KEYS, rows);
    }

    ResultSet indexInfo(String schema, String tableName, boolean uniqueOnly) {
        List<Object[]> rows = new ArrayList<>();
        for (Table table : sortedTables(schema, tableName)) {
            if (!exact(schema, table.schema()) || !exact(tableName, table.name())) {
                continue;
            }
            for (Index index : table.indexes()) {
                if (uniqueOnly && !index.unique()) {
                    continue;
                }
                for (int position = 0; position < index.columns().size(); position++) {
                    rows.add(new Object[] {null, table.schema(), table.name(), !index.unique(), null, index.name(),
                            (short) DatabaseMetaData.tableIndexOther, (short) (position + 1),
                            index.columns().get(position), "A", 0L, 0L, null});
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> (Boolean) row[3]).thenComparing(row -> (String) row[5])
                .thenComparing(row -> (Short) row[7]));
        return of(INDEX_INFO, rows);
    }

    /** Foreign keys of the table ({@code imported}) or those referencing it (exported). */
    ResultSet keys(String schema, String tableName, boolean imported) {
        List<Object[]> rows = new ArrayList<>();
        for (Table table : catalog.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                boolean wanted = imported
                        ? exact(schema, table.schema()) && exact(tableName, table.name())
                        : exact(schema, key.referencedSchema()) && exact(tableName, key.referencedTable());
                if (wanted) {
                    addKeyRows(rows, table, key);
                }
            }
        }
        int schemaColumn = imported ? 1 : 5;
        rows.sort(Comparator.comparing((Object[] row) -> String.valueOf(row[schemaColumn]))
                .thenComparing(row -> String.valueOf(row[schemaColumn + 1])).thenComparing(row -> (Short) row[8]));
        return of(KEYS, rows);
    }

    /** Foreign keys of {@code foreignTable} that reference {@code parentTable}. */
    ResultSet crossReference(String parentSchema, String parentTable, String foreignSchema, String foreignTable) {
        List<Object[]> rows = new ArrayList<>();
        for (Table table : catalog.tables()) {
            if (!exact(foreignSchema, table.schema()) || !exact(foreignTable, table.name())) {
                continue;
            }
            for (ForeignKey key : table.foreignKeys()) {
                if (exact(parentSchema, key.referencedSchema()) && exact(parentTable, key.referencedTable())) {
                    addKeyRows(rows, table, key);
                }
            }
        }
        return of(KEYS, rows);
    }

    private void addKeyRows(List<Object[]> rows, Table table, ForeignKey key) {
        String primaryKeyName = referencedKeyName(key);
        for (int index = 0; index < key.columns().size(); index++) {
            rows.add(new Object[] {null, key.referencedSchema(), key.referencedTable(),
                    key.referencedColumns().get(index), null, table.schema(), table.name(), key.columns().get(index),
                    (short) (index + 1), rule(key.onUpdate()), rule(key.onDelete()), key.name(), primaryKeyName,
                    (short) DatabaseMetaData.importedKeyNotDeferrable});
        }
    }

    /** The name of the primary key or unique index the foreign key references, when known. */
    private String referencedKeyName(ForeignKey key) {
        for (Table table : catalog.tables()) {
            if (table.schema().equals(key.referencedSchema()) && table.name().equals(key.referencedTable())) {
                if (table.primaryKey().equals(key.referencedColumns())) {
                    return table.primaryKeyName();
                }
                for (Index index : table.indexes()) {
                    if (index.unique() && index.columns().equals(key.referencedColumns())) {
                        return index.name();
                    }
                }
            }
        }
        return null;
    }

    private static short rule(String action) {
        String normalized = action == null ? "NO ACTION" : action.toUpperCase(Locale.ROOT);
        switch (normalized) {
            case "CASCADE": return (short) DatabaseMetaData.importedKeyCascade;
            case "RESTRICT": return (short) DatabaseMetaData.importedKeyRestrict;
            case "SET NULL": return (short) DatabaseMetaData.importedKeySetNull;
            case "SET DEFAULT": return (short) DatabaseMetaData.importedKeySetDefault;
            default: return (short) DatabaseMetaData.importedKeyNoAction;
        }
    }

    ResultSet schemas(String schemaPattern) {
        List<Object[]> rows = new ArrayList<>();
        for (String schema : catalog.schemas()) {
            if (matches(schemaPattern, schema)) {
                rows.add(new Object[] {schema, null});
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[0]));
        return of(SCHEMAS, rows);
    }

    static ResultSet typeInfo() {
        List<Object[]> rows = new ArrayList<>();
        for (TypeKind kind : TypeKind.values()) {
            if (kind == TypeKind.UNKNOWN) {
                continue;
            }
            SqlType type = SqlType.of(kind);
            boolean quoted = !kind.isNumeric() && kind != TypeKind.BOOLEAN;
            String createParams = kind == TypeKind.NUMERIC ? "precision,scale"
                    : kind == TypeKind.VARCHAR || kind == TypeKind.CHAR ? "length" : null;
            rows.add(new Object[] {ColumnTypes.typeName(kind), kind.jdbcType(), ColumnTypes.precision(type),
                    quoted ? "'" : null, quoted ? "'" : null, createParams, (short) DatabaseMetaData.typeNullable,
                    kind.isText(), (short) DatabaseMetaData.typeSearchable, !kind.isNumeric(), false, false,
                    kind.postgresName(), (short) 0, (short) (kind == TypeKind.NUMERIC ? 1000 : 0), null, null, 10});
        }
        rows.sort(Comparator.comparing((Object[] row) -> (Integer) row[1]).thenComparing(row -> (String) row[0]));
        return of(TYPE_INFO, rows);
    }

    private List<Table> sortedTables(String schemaPattern, String tableNamePattern) {
        List<Table> tables = new ArrayList<>();
        for (Table table : catalog.tables()) {
            if (matches(schemaPattern, table.schema()) && matches(tableNamePattern, table.name())) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparing(Table::schema).thenComparing(Table::name));
        return tables;
    }

    /** An exact-name argument: null matches everything. */
    private static boolean exact(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** A LIKE pattern argument ({@code %}, {@code _}, escape {@code \}); null matches everything. */
    static boolean matches(String pattern, String actual) {
        if (pattern == null || pattern.equals("%")) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (int index = 0; index < pattern.length(); index++) {
            char character = pattern.charAt(index);
            if (character == '\\' && index + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++index))));
            } else if (character == '%') {
                regex.append(".*");
            } else if (character == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
}
