package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.core.SqlType;
import io.dosql.engine.CatalogSnapshot;
import io.dosql.engine.CatalogSnapshot.Column;
import io.dosql.engine.CatalogSnapshot.ForeignKey;
import io.dosql.engine.CatalogSnapshot.Index;
import io.dosql.engine.CatalogSnapshot.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoSqlDatabaseMetaDataTest {
    private static FakeSession shop() {
        Table users = new Table("public", "users", "TABLE", List.of(
                new Column("id", SqlType.INTEGER, false, null, true),
                new Column("name", SqlType.varchar(50), true, "'anon'::character varying", false)),
                "users_pkey", List.of("id"),
                List.of(new Index("users_pkey", true, true, List.of("id")),
                        new Index("users_name_idx", false, false, List.of("name"))), List.of(), null);
        Table orders = new Table("public", "orders", "TABLE", List.of(
                new Column("id", SqlType.BIGINT, false, null, false),
                new Column("user_id", SqlType.INTEGER, true, null, false)),
                "orders_pkey", List.of("id"), List.of(new Index("orders_pkey", true, true, List.of("id"))),
                List.of(new ForeignKey("orders_user_id_fkey", List.of("user_id"), "public", "users", List.of("id"),
                        "CASCADE", "NO ACTION")), null);
        Table view = new Table("public", "big_orders", "VIEW", List.of(new Column("id", SqlType.BIGINT, true, null,
                false)), null, List.of(), List.of(), List.of(), "SELECT id FROM orders");
        FakeSession session = new FakeSession();
        session.catalog = new CatalogSnapshot(List.of("public", "audit"), List.of(users, orders, view));
        return session;
    }

    private static List<String> column(ResultSet resultSet, String label) throws SQLException {
        List<String> values = new ArrayList<>();
        while (resultSet.next()) {
            values.add(resultSet.getString(label));
        }
        return values;
    }

    @Test
    void tablesFilterByPatternAndType() throws SQLException {
        try (Connection connection = shop().connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertThat(column(metaData.getTables(null, null, "%", null), "TABLE_NAME"))
                    .containsExactly("orders", "users", "big_orders");
            assertThat(column(metaData.getTables(null, "public", "%s", new String[] {"TABLE"}), "TABLE_NAME"))
                    .containsExactly("orders", "users");
            assertThat(column(metaData.getTables(null, null, "u_ers", null), "TABLE_TYPE")).containsExactly("TABLE");
            ResultSet tables = metaData.getTables(null, null, "users", null);
            assertThat(tables.getMetaData().getColumnLabel(2)).isEqualTo("TABLE_SCHEM");
            assertThat(tables.next()).isTrue();
            assertThat(tables.getString("TABLE_CAT")).isNull();
            assertThat(tables.getString("TABLE_SCHEM")).isEqualTo("public");
        }
    }

    @Test
    void commentsAreTheRemarks() throws SQLException {
        FakeSession session = new FakeSession();
        session.catalog = new CatalogSnapshot(List.of("public"), List.of(new Table("public", "users", "TABLE",
                List.of(new Column("id", SqlType.INTEGER, false, null, false, "the key")), null, List.of(), List.of(),
                List.of(), null, "who buys"), new Table("public", "plain", "TABLE",
                List.of(new Column("id", SqlType.INTEGER, false, null, false)), null, List.of(), List.of(), List.of(),
                null)));
        try (Connection connection = session.connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertThat(column(metaData.getTables(null, null, "users", null), "REMARKS")).containsExactly("who buys");
            assertThat(column(metaData.getColumns(null, null, "users", "id"), "REMARKS")).containsExactly("the key");
            assertThat(column(metaData.getTables(null, null, "plain", null), "REMARKS")).containsExactly((String) null);
        }
    }

    @Test
    void columnsDescribeTypesNullabilityAndDefaults() throws SQLException {
        try (Connection connection = shop().connect()) {
            ResultSet columns = connection.getMetaData().getColumns(null, "public", "users", null);
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("COLUMN_NAME")).isEqualTo("id");
            assertThat(columns.getInt("DATA_TYPE")).isEqualTo(Types.INTEGER);
            assertThat(columns.getString("TYPE_NAME")).isEqualTo("int4");
            assertThat(columns.getInt("NULLABLE")).isEqualTo(DatabaseMetaData.columnNoNulls);
            assertThat(columns.getString("IS_AUTOINCREMENT")).isEqualTo("YES");
            assertThat(columns.getInt("ORDINAL_POSITION")).isEqualTo(1);
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("TYPE_NAME")).isEqualTo("varchar");
            assertThat(columns.getInt("COLUMN_SIZE")).isEqualTo(50);
            assertThat(columns.getString("IS_NULLABLE")).isEqualTo("YES");
            assertThat(columns.getString("COLUMN_DEF")).isEqualTo("'anon'::character varying");
            assertThat(columns.next()).isFalse();
        }
    }

    @Test
    void keysAndIndexes() throws SQLException {
        try (Connection connection = shop().connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            ResultSet primaryKeys = metaData.getPrimaryKeys(null, null, "users");
            assertThat(primaryKeys.next()).isTrue();
            assertThat(primaryKeys.getString("COLUMN_NAME")).isEqualTo("id");
            assertThat(primaryKeys.getShort("KEY_SEQ")).isEqualTo((short) 1);
            assertThat(primaryKeys.getString("PK_NAME")).isEqualTo("users_pkey");

            ResultSet indexes = metaData.getIndexInfo(null, null, "users", false, true);
            assertThat(column(indexes, "INDEX_NAME")).containsExactly("users_pkey", "users_name_idx");
            assertThat(column(metaData.getIndexInfo(null, null, "users", true, true), "INDEX_NAME"))
                    .containsExactly("users_pkey");

            ResultSet imported = metaData.getImportedKeys(null, null, "orders");
            assertThat(imported.next()).isTrue();
            assertThat(imported.getString("PKTABLE_NAME")).isEqualTo("users");
            assertThat(imported.getString("FKCOLUMN_NAME")).isEqualTo("user_id");
            assertThat(imported.getInt("UPDATE_RULE")).isEqualTo(DatabaseMetaData.importedKeyNoAction);
            assertThat(imported.getInt("DELETE_RULE")).isEqualTo(DatabaseMetaData.importedKeyCascade);
            assertThat(imported.getString("PK_NAME")).isEqualTo("users_pkey");
            assertThat(column(metaData.getExportedKeys(null, null, "users"), "FKTABLE_NAME")).containsExactly("orders");
            assertThat(column(metaData.getExportedKeys(null, null, "orders"), "FKTABLE_NAME")).isEmpty();
        }
    }

    @Test
    void schemasTypesAndTableTypes() throws SQLException {
        try (Connection connection = shop().connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertThat(column(metaData.getSchemas(), "TABLE_SCHEM")).containsExactly("audit", "public");
            assertThat(column(metaData.getTableTypes(), "TABLE_TYPE")).containsExactly("TABLE", "VIEW");
            assertThat(column(metaData.getTypeInfo(), "TYPE_NAME")).contains("int4", "int8", "text", "varchar",
                    "numeric", "bool", "date", "timestamp", "float8", "bytea", "uuid");
            assertThat(metaData.getCatalogs().next()).isFalse();
            assertThat(metaData.getProcedures(null, null, null).getMetaData().getColumnLabel(3))
                    .isEqualTo("PROCEDURE_NAME");
            assertThat(metaData.supportsTransactions()).isTrue();
            assertThat(metaData.supportsBatchUpdates()).isTrue();
            assertThat(metaData.supportsGetGeneratedKeys()).isTrue();
            assertThat(metaData.supportsResultSetType(ResultSet.TYPE_SCROLL_INSENSITIVE)).isFalse();
            assertThat(metaData.storesLowerCaseIdentifiers()).isTrue();
            assertThat(metaData.getURL()).isEqualTo("jdbc:dosql:mem:fake");
        }
    }
}
