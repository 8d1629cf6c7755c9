package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The driver on the real engine, through DriverManager as applications use it. */
class EndToEndTest {
    private static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:dosql:mem:");
    }

    @Test
    void aSavepointAsTheFirstActOfATransactionBeginsIt() throws SQLException {
        try (Connection connection = open()) {
            connection.createStatement().execute("create table t(a int)");
            connection.setAutoCommit(false);
            java.sql.Savepoint start = connection.setSavepoint("start");
            connection.createStatement().execute("insert into t values (1)");
            connection.rollback(start);
            connection.createStatement().execute("insert into t values (2)");
            connection.commit();
            try (ResultSet rows = connection.createStatement().executeQuery("select a from t")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(2);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void privateDatabasesAreSeparate() throws SQLException {
        try (Connection first = open(); Connection second = open()) {
            first.createStatement().execute("create table t(a int)");
            assertThatThrownBy(() -> second.createStatement().executeQuery("select * from t"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42P01");
        }
    }

    @Test
    void namedDatabasesAreSharedWhileAConnectionIsOpen() throws SQLException {
        String url = "jdbc:dosql:mem:end_to_end_shared";
        try (Connection first = DriverManager.getConnection(url)) {
            first.createStatement().execute("create table t(a int); insert into t values (1)");
            try (Connection second = DriverManager.getConnection(url, "user", "password")) {
                ResultSet rows = second.createStatement().executeQuery("select count(*) from t");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            assertThat(DoSqlDriver.isSharedDatabaseOpen("end_to_end_shared")).isTrue();
        }
        assertThat(DoSqlDriver.isSharedDatabaseOpen("end_to_end_shared")).isFalse();
        try (Connection again = DriverManager.getConnection(url)) {
            assertThatThrownBy(() -> again.createStatement().executeQuery("select * from t"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42P01");
        }
    }

    @Test
    void scriptsPreparedStatementsAndTypedGetters() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            assertThat(statement.execute("create table items(id serial primary key, name text not null, "
                    + "price numeric(10,2), qty int, born date, seen timestamp, flag boolean, data bytea, "
                    + "tag uuid); insert into items(name, qty) values ('x', 1)")).isFalse();
            assertThat(statement.getUpdateCount()).isZero();
            assertThat(statement.getMoreResults()).isFalse();
            assertThat(statement.getUpdateCount()).isEqualTo(1);

            UUID tag = UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("insert into items(name, price, qty, born, "
                    + "seen, flag, data, tag) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, "widget");
                insert.setBigDecimal(2, new BigDecimal("9.99"));
                insert.setInt(3, 3);
                insert.setDate(4, Date.valueOf("2024-02-29"));
                insert.setTimestamp(5, Timestamp.valueOf("2024-03-01 12:30:00.5"));
                insert.setBoolean(6, true);
                insert.setBytes(7, new byte[] {1, 2, (byte) 255});
                insert.setObject(8, tag);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement query = connection.prepareStatement("select * from items where name = ?")) {
                query.setString(1, "widget");
                ResultSet rows = query.executeQuery();
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt("id")).isEqualTo(2);
                assertThat(rows.getBigDecimal("price")).isEqualTo(new BigDecimal("9.99"));
                assertThat(rows.getString("price")).isEqualTo("9.99");
                assertThat(rows.getDouble("price")).isEqualTo(9.99);
                assertThat(rows.getLong("qty")).isEqualTo(3L);
                assertThat(rows.getObject("born")).isEqualTo(LocalDate.of(2024, 2, 29));
                assertThat(rows.getDate("born")).isEqualTo(Date.valueOf("2024-02-29"));
                assertThat(rows.getObject("seen", LocalDateTime.class))
                        .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 30, 0, 500_000_000));
                assertThat(rows.getString("seen")).isEqualTo("2024-03-01 12:30:00.5");
                assertThat(rows.getBoolean("flag")).isTrue();
                assertThat(rows.getString("flag")).isEqualTo("t");
                assertThat(rows.getBytes("data")).containsExactly(1, 2, 255);
                assertThat(rows.getString("data")).isEqualTo("\\x0102ff");
                assertThat(rows.getObject("tag")).isEqualTo(tag);
                ResultSetMetaData metaData = rows.getMetaData();
                assertThat(metaData.getColumnTypeName(metaData.getColumnCount())).isEqualTo("uuid");
                assertThat(metaData.getColumnType(1)).isEqualTo(Types.INTEGER);
                assertThat(metaData.getColumnTypeName(3)).isEqualTo("numeric");
                assertThat(metaData.getTableName(2)).isEqualTo("items");
                assertThat(rows.next()).isFalse();
            }
            ResultSet nulls = statement.executeQuery("select price, born from items where id = 1");
            assertThat(nulls.next()).isTrue();
            assertThat(nulls.getBigDecimal(1)).isNull();
            assertThat(nulls.wasNull()).isTrue();
            assertThat(nulls.getObject(2, LocalDate.class)).isNull();
        }
    }

    @Test
    void jsonColumnsReadAsTextWithPostgresTypeNames() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("create table docs (id int, body jsonb, raw json)");
            try (PreparedStatement insert = connection.prepareStatement("insert into docs values (1, ?, ?)")) {
                insert.setString(1, "{\"b\": 1, \"a\": [1,  2]}");
                insert.setObject(2, "{\"b\": 1,  \"a\": 2}");
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            ResultSet rows = statement.executeQuery("select body, raw, json_build_object('k', id) as built from docs");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("{\"a\": [1, 2], \"b\": 1}");
            assertThat(rows.getObject(2)).isEqualTo("{\"b\": 1,  \"a\": 2}");
            assertThat(rows.getObject(3, String.class)).isEqualTo("{\"k\" : 1}");
            ResultSetMetaData metaData = rows.getMetaData();
            assertThat(metaData.getColumnTypeName(1)).isEqualTo("jsonb");
            assertThat(metaData.getColumnTypeName(2)).isEqualTo("json");
            assertThat(metaData.getColumnType(1)).isEqualTo(Types.OTHER);
            assertThat(metaData.getColumnClassName(3)).isEqualTo(String.class.getName());
        }
    }

    @Test
    void expressionsKeepPostgresTypes() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery("select 1 as a, 2::bigint as b, 1.5 as c, 'x' as d, "
                    + "now() as e, 7 / 2 as f");
            assertThat(rows.next()).isTrue();
            ResultSetMetaData metaData = rows.getMetaData();
            assertThat(metaData.getColumnTypeName(1)).isEqualTo("int4");
            assertThat(metaData.getColumnTypeName(2)).isEqualTo("int8");
            assertThat(metaData.getColumnTypeName(3)).isEqualTo("numeric");
            assertThat(metaData.getColumnTypeName(4)).isEqualTo("text");
            assertThat(metaData.getColumnTypeName(5)).isEqualTo("timestamptz");
            assertThat(rows.getObject(5)).isInstanceOf(OffsetDateTime.class);
            assertThat(rows.getInt("f")).isEqualTo(3);
            assertThat(rows.getObject("b")).isEqualTo(2L);
        }
    }

    @Test
    void batchesAndGeneratedKeys() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("create table t(id serial primary key, v int unique)");
            try (PreparedStatement insert = connection.prepareStatement("insert into t(v) values (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setInt(1, 10);
                assertThat(insert.executeUpdate()).isEqualTo(1);
                ResultSet keys = insert.getGeneratedKeys();
                assertThat(keys.next()).isTrue();
                assertThat(keys.getInt("id")).isEqualTo(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into t(v) values (?)",
                    new String[] {"id"})) {
                insert.setInt(1, 11);
                insert.executeUpdate();
                ResultSet keys = insert.getGeneratedKeys();
                assertThat(keys.next()).isTrue();
                assertThat(keys.getMetaData().getColumnCount()).isEqualTo(1);
                assertThat(keys.getLong(1)).isEqualTo(2L);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into t(v) values (?)")) {
                for (int value = 100; value < 1100; value++) {
                    insert.setInt(1, value);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertThat(counts).hasSize(1000).containsOnly(1);
                insert.setInt(1, 5000);
                insert.addBatch();
                insert.setInt(1, 100);
                insert.addBatch();
                assertThatThrownBy(insert::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class, failure -> {
                    assertThat(failure.getUpdateCounts()).containsExactly(1);
                    assertThat(failure.getSQLState()).isEqualTo("23505");
                });
            }
            assertThat(statement.execute("select v from t where id = 1", Statement.RETURN_GENERATED_KEYS))
                    .as("a query asked for keys still returns its rows").isTrue();
            assertThat(statement.getResultSet().next()).isTrue();
            assertThat(statement.getGeneratedKeys().next()).isFalse();
            ResultSet count = statement.executeQuery("select count(*) from t");
            assertThat(count.next()).isTrue();
            assertThat(count.getLong(1)).isEqualTo(1003L);
            assertThat(statement.executeUpdate("update t set v = v + 10000 where v >= 1000", Statement.NO_GENERATED_KEYS))
                    .as("1000..1099 and 5000").isEqualTo(101);
        }
    }

    @Test
    void transactionsAndSavepoints() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("create table t(a int)");
            connection.setAutoCommit(false);
            statement.execute("insert into t values (1)");
            Savepoint savepoint = connection.setSavepoint();
            statement.execute("insert into t values (2)");
            connection.rollback(savepoint);
            connection.commit();
            statement.execute("insert into t values (3)");
            connection.rollback();
            connection.setAutoCommit(true);
            ResultSet rows = statement.executeQuery("select string_agg(a::text, ',') from t");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("1");
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        }
    }

    @Test
    void errorsCarrySqlStatesPositionsAndHints() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("create table users(id int primary key, name text)");
            assertThatThrownBy(() -> statement.execute("SELECT * FORM users"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, failure -> {
                        assertThat(failure.getSQLState()).isEqualTo("42601");
                        assertThat(failure.getMessage()).isEqualTo(
                                "ERROR: syntax error at or near \"FORM\"\n  Position: 10 (line 1, column 10)");
                    });
            assertThatThrownBy(() -> statement.execute("select nmae from users"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, failure -> {
                        assertThat(failure.getSQLState()).isEqualTo("42703");
                        assertThat(failure.getMessage()).contains("Hint: Perhaps you meant").contains("name");
                    });
            statement.execute("insert into users values (1, 'a')");
            assertThatThrownBy(() -> statement.execute("insert into users values (1, 'b')"))
                    .isInstanceOfSatisfying(SQLIntegrityConstraintViolationException.class,
                            failure -> assertThat(failure.getSQLState()).isEqualTo("23505"));
            assertThatThrownBy(() -> statement.executeQuery("select 1/0"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22012");
            assertThatThrownBy(() -> statement.executeQuery("select 2147483647 + 1"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
        }
    }

    @Test
    void databaseMetaDataDescribesTheCatalog() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute("create table parent(id int primary key, code varchar(10) unique);"
                    + "create table child(id bigint primary key, parent_id int references parent(id) on delete cascade,"
                    + " note text not null);"
                    + "create index child_note on child(note);"
                    + "create view parent_codes as select code from parent");
            DatabaseMetaData metaData = connection.getMetaData();
            ResultSet tables = metaData.getTables(null, "public", "%", new String[] {"TABLE"});
            assertThat(tables.next()).isTrue();
            assertThat(tables.getString("TABLE_NAME")).isEqualTo("child");
            assertThat(tables.next()).isTrue();
            assertThat(tables.getString("TABLE_NAME")).isEqualTo("parent");
            assertThat(tables.next()).isFalse();
            ResultSet views = metaData.getTables(null, null, "%", new String[] {"VIEW"});
            assertThat(views.next()).isTrue();
            assertThat(views.getString("TABLE_NAME")).isEqualTo("parent_codes");

            ResultSet columns = metaData.getColumns(null, null, "child", null);
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("TYPE_NAME")).isEqualTo("int8");
            assertThat(columns.getString("IS_NULLABLE")).isEqualTo("NO");
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("COLUMN_NAME")).isEqualTo("parent_id");
            assertThat(columns.next()).isTrue();
            assertThat(columns.getInt("NULLABLE")).isEqualTo(DatabaseMetaData.columnNoNulls);

            ResultSet primaryKeys = metaData.getPrimaryKeys(null, null, "parent");
            assertThat(primaryKeys.next()).isTrue();
            assertThat(primaryKeys.getString("COLUMN_NAME")).isEqualTo("id");

            ResultSet imported = metaData.getImportedKeys(null, null, "child");
            assertThat(imported.next()).isTrue();
            assertThat(imported.getString("PKTABLE_NAME")).isEqualTo("parent");
            assertThat(imported.getString("FKCOLUMN_NAME")).isEqualTo("parent_id");
            assertThat(imported.getInt("DELETE_RULE")).isEqualTo(DatabaseMetaData.importedKeyCascade);

            ResultSet indexes = metaData.getIndexInfo(null, null, "child", false, false);
            boolean sawNoteIndex = false;
            while (indexes.next()) {
                sawNoteIndex |= "child_note".equals(indexes.getString("INDEX_NAME"));
            }
            assertThat(sawNoteIndex).isTrue();
        }
    }

    @Test
    void queryTimeoutStopsALongJoin() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.executeQuery("select a from generate_series(1, 100000) a, "
                    + "generate_series(1, 100000) b where a + b < 0"))
                    .isInstanceOfSatisfying(java.sql.SQLTimeoutException.class, failure -> {
                        assertThat(failure.getSQLState()).isEqualTo("57014");
                        assertThat(failure.getMessage()).isEqualTo("ERROR: canceling statement due to statement timeout");
                    });
            statement.setQueryTimeout(0);
            ResultSet after = statement.executeQuery("select 1");
            assertThat(after.next()).as("the session is usable after a cancel").isTrue();
        }
    }

    @Test
    void queryTimeoutCoversReadingStreamedRows() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            // The first row comes at once; reading all 10^10 rows would not end: the timeout must stop it.
            ResultSet rows = statement.executeQuery("select a from generate_series(1, 100000) a, generate_series(1, 100000) b");
            assertThatThrownBy(() -> {
                while (rows.next()) {
                    rows.getInt(1);
                }
            }).isInstanceOfSatisfying(java.sql.SQLTimeoutException.class,
                    failure -> assertThat(failure.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void aTimerKeptForReadingNeverCancelsALaterStatement() throws Exception {
        try (Connection connection = open(); Statement timed = connection.createStatement();
             Statement other = connection.createStatement()) {
            timed.setQueryTimeout(1);
            ResultSet unread = timed.executeQuery("select a from generate_series(1, 1000) a");
            assertThat(unread.next()).isTrue();
            // Another statement starts while the first result is still open: the first timer stops.
            try (ResultSet longer = other.executeQuery("select count(*) from generate_series(1, 3000) a, generate_series(1, 3000) b")) {
                assertThat(longer.next()).isTrue();
                assertThat(longer.getLong(1)).isEqualTo(9_000_000L);
            }
            Thread.sleep(1_200);
            try (ResultSet later = other.executeQuery("select count(*) from generate_series(1, 10) a")) {
                assertThat(later.next()).isTrue();
                assertThat(later.getLong(1)).isEqualTo(10L);
            }
        }
    }

    @Test
    void queryTimeoutStopsACrossJoinAggregate() throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.executeQuery(
                    "select count(*) from generate_series(1, 100000) a, generate_series(1, 100000) b"))
                    .isInstanceOfSatisfying(java.sql.SQLTimeoutException.class,
                            failure -> assertThat(failure.getSQLState()).isEqualTo("57014"));
        }
    }

    @Test
    void threadsSharingAConnectionTakeTurns() throws Exception {
        try (Connection connection = open()) {
            connection.createStatement().execute("create table t(a int)");
            Thread[] writers = new Thread[4];
            java.util.List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            for (int index = 0; index < writers.length; index++) {
                writers[index] = new Thread(() -> {
                    try (PreparedStatement insert = connection.prepareStatement("insert into t values (?)")) {
                        for (int value = 0; value < 500; value++) {
                            insert.setInt(1, value);
                            insert.executeUpdate();
                        }
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                });
                writers[index].start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(failures).isEmpty();
            ResultSet count = connection.createStatement().executeQuery("select count(*) from t");
            assertThat(count.next()).isTrue();
            assertThat(count.getLong(1)).isEqualTo(2000L);
        }
    }

    @Test
    void dataSourceOpensConnectionsToItsUrl() throws SQLException {
        DoSqlDataSource dataSource = new DoSqlDataSource("jdbc:dosql:mem:data_source_test");
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection("u", "p")) {
            first.createStatement().execute("create table t(a int)");
            assertThat(second.createStatement().executeUpdate("insert into t values (1)")).isEqualTo(1);
        }
        assertThatThrownBy(() -> new DoSqlDataSource("jdbc:h2:mem:")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DoSqlDataSource().getUrl()).isEqualTo("jdbc:dosql:mem:");
    }

    @Test
    void closedConnectionsFailWith08003() throws SQLException {
        Connection connection = open();
        Statement statement = connection.createStatement();
        connection.close();
        assertThat(statement.isClosed()).isTrue();
        assertThatThrownBy(() -> connection.prepareStatement("select 1"))
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
    }
}
