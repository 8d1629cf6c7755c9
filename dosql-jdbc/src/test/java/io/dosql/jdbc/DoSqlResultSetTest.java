package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.Bytes;
import io.dosql.core.Interval;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DoSqlResultSetTest {
    private static ResultSet single(SqlType type, Object value) throws SQLException {
        ResultSet resultSet = new DoSqlResultSet(null, List.of(new ResultColumn("v", type, "public", "t", "v", true)),
                new ListRowCursor(List.<Object[]>of(new Object[] {value})), null, 0);
        assertThat(resultSet.next()).isTrue();
        return resultSet;
    }

    @Test
    void getStringUsesPostgresTextForms() throws SQLException {
        assertThat(single(SqlType.BOOLEAN, true).getString(1)).isEqualTo("t");
        assertThat(single(SqlType.DOUBLE, 0.1).getString(1)).isEqualTo("0.1");
        assertThat(single(SqlType.NUMERIC, new BigDecimal("1.50")).getString(1)).isEqualTo("1.50");
        assertThat(single(SqlType.BYTEA, Bytes.copyOf(new byte[] {10, 27})).getString(1)).isEqualTo("\\x0a1b");
        assertThat(single(SqlType.TIMESTAMP, LocalDateTime.of(2024, 1, 2, 3, 4, 5)).getString(1))
                .isEqualTo("2024-01-02 03:04:05");
        assertThat(single(SqlType.INTERVAL, new Interval(14, 3, 0)).getString(1)).isEqualTo("1 year 2 mons 3 days");
        assertThat(single(SqlType.INTEGER, 42).getString(1)).isEqualTo("42");
    }

    @Test
    void nullsGiveZeroAndSetWasNull() throws SQLException {
        ResultSet resultSet = single(SqlType.INTEGER, null);
        assertThat(resultSet.getInt(1)).isZero();
        assertThat(resultSet.wasNull()).isTrue();
        assertThat(resultSet.getString(1)).isNull();
        assertThat(resultSet.getBoolean(1)).isFalse();
        assertThat(resultSet.getObject(1, Integer.class)).isNull();
        assertThat(resultSet.getBigDecimal(1)).isNull();
        ResultSet notNull = single(SqlType.INTEGER, 0);
        assertThat(notNull.getInt(1)).isZero();
        assertThat(notNull.wasNull()).isFalse();
    }

    @Test
    void integerGettersConvertAndCheckRange() throws SQLException {
        assertThat(single(SqlType.NUMERIC, new BigDecimal("12.9")).getInt(1)).isEqualTo(12);
        assertThat(single(SqlType.NUMERIC, new BigDecimal("-12.9")).getLong(1)).isEqualTo(-12);
        assertThat(single(SqlType.TEXT, " 77 ").getInt(1)).isEqualTo(77);
        assertThat(single(SqlType.BIGINT, 5_000_000_000L).getLong(1)).isEqualTo(5_000_000_000L);
        assertThat(single(SqlType.DOUBLE, 3.99).getShort(1)).isEqualTo((short) 3);
        assertThatThrownBy(() -> single(SqlType.BIGINT, 5_000_000_000L).getInt(1))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
        assertThatThrownBy(() -> single(SqlType.INTEGER, 300).getByte(1))
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
        assertThatThrownBy(() -> single(SqlType.TEXT, "abc").getInt(1))
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22P02");
    }

    @Test
    void booleanAndDecimalGetters() throws SQLException {
        assertThat(single(SqlType.TEXT, "yes").getBoolean(1)).isTrue();
        assertThat(single(SqlType.TEXT, "off").getBoolean(1)).isFalse();
        assertThat(single(SqlType.INTEGER, 1).getBoolean(1)).isTrue();
        assertThatThrownBy(() -> single(SqlType.INTEGER, 7).getBoolean(1)).isInstanceOf(SQLException.class);
        assertThat(single(SqlType.INTEGER, 7).getBigDecimal(1)).isEqualByComparingTo("7");
        assertThat(single(SqlType.DOUBLE, 0.1).getBigDecimal(1)).isEqualTo(new BigDecimal("0.1"));
        assertThat(single(SqlType.TEXT, "2.5").getDouble(1)).isEqualTo(2.5);
        assertThat(single(SqlType.TEXT, "NaN").getDouble(1)).isNaN();
        assertThat(single(SqlType.REAL, 1.5f).getFloat(1)).isEqualTo(1.5f);
    }

    @Test
    void getObjectIsJdbcFriendly() throws SQLException {
        assertThat(single(SqlType.BYTEA, Bytes.copyOf(new byte[] {1, 2})).getObject(1)).isEqualTo(new byte[] {1, 2});
        assertThat(single(SqlType.SMALLINT, (short) 3).getObject(1)).isEqualTo(3);
        assertThat(single(SqlType.DATE, LocalDate.of(2020, 2, 29)).getObject(1)).isEqualTo(LocalDate.of(2020, 2, 29));
        UUID uuid = UUID.randomUUID();
        assertThat(single(SqlType.UUID, uuid).getObject(1)).isEqualTo(uuid);
        assertThat(single(SqlType.BYTEA, Bytes.copyOf(new byte[] {5})).getBytes(1)).containsExactly(5);
        assertThat(single(SqlType.BYTEA, Bytes.copyOf(new byte[] {5})).getObject(1, Object.class))
                .isEqualTo(new byte[] {5});
    }

    @Test
    void getObjectWithClassConvertsToJavaTime() throws SQLException {
        LocalDateTime timestamp = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000);
        ResultSet resultSet = single(SqlType.TIMESTAMP, timestamp);
        assertThat(resultSet.getObject(1, LocalDateTime.class)).isEqualTo(timestamp);
        assertThat(resultSet.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(resultSet.getObject(1, LocalTime.class)).isEqualTo(LocalTime.of(7, 8, 9, 123_456_000));
        assertThat(resultSet.getObject(1, Timestamp.class)).isEqualTo(Timestamp.valueOf(timestamp));
        assertThat(resultSet.getObject(1, String.class)).isEqualTo("2024-05-06 07:08:09.123456");

        OffsetDateTime instant = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        ResultSet withZone = single(SqlType.TIMESTAMPTZ, instant);
        assertThat(withZone.getObject(1, Instant.class)).isEqualTo(instant.toInstant());
        assertThat(withZone.getObject(1, OffsetDateTime.class)).isEqualTo(instant);
        assertThat(withZone.getTimestamp(1).toInstant()).isEqualTo(instant.toInstant());

        assertThat(single(SqlType.TEXT, "2023-03-04").getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(single(SqlType.NUMERIC, new BigDecimal("9")).getObject(1, Long.class)).isEqualTo(9L);
        assertThat(single(SqlType.INTEGER, 9).getObject(1, BigDecimal.class)).isEqualByComparingTo("9");
        assertThat(single(SqlType.BOOLEAN, false).getObject(1, Boolean.class)).isFalse();
    }

    @Test
    void sqlDateTimeGettersWithAndWithoutCalendar() throws SQLException {
        ResultSet date = single(SqlType.DATE, LocalDate.of(2021, 12, 31));
        assertThat(date.getDate(1)).isEqualTo(Date.valueOf("2021-12-31"));
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        assertThat(date.getDate(1, utc).getTime()).isEqualTo(Instant.parse("2021-12-31T00:00:00Z").toEpochMilli());
        assertThat(date.getTimestamp(1)).isEqualTo(Timestamp.valueOf("2021-12-31 00:00:00"));

        ResultSet time = single(SqlType.TIME, LocalTime.of(13, 14, 15, 250_000_000));
        assertThat(time.getTime(1).toString()).isEqualTo("13:14:15");
        assertThat(time.getTime(1, utc).getTime()).isEqualTo(((13 * 60 + 14) * 60 + 15) * 1000L + 250);

        ResultSet timestamp = single(SqlType.TIMESTAMP, LocalDateTime.of(2000, 1, 1, 0, 0, 0, 5));
        Timestamp inUtc = timestamp.getTimestamp(1, utc);
        assertThat(inUtc.toInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:00.000000005Z"));
        assertThat(timestamp.getTimestamp(1).getNanos()).isEqualTo(5);
    }

    @Test
    void findColumnIsCaseInsensitiveAndLabelsWork() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1, "x"});
        ResultSet resultSet = new DoSqlResultSet(null, List.of(ResultColumn.computed("Id", SqlType.INTEGER),
                ResultColumn.computed("name", SqlType.TEXT)), new ListRowCursor(rows), null, 0);
        assertThat(resultSet.findColumn("id")).isEqualTo(1);
        assertThat(resultSet.findColumn("NAME")).isEqualTo(2);
        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.getInt("ID")).isEqualTo(1);
        assertThat(resultSet.getString("name")).isEqualTo("x");
        assertThatThrownBy(() -> resultSet.findColumn("missing"))
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42703");
        assertThatThrownBy(() -> resultSet.getString(3))
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22023");
        assertThat(resultSet.next()).isFalse();
        assertThat(resultSet.isAfterLast()).isTrue();
        resultSet.close();
        assertThat(resultSet.isClosed()).isTrue();
        assertThatThrownBy(resultSet::next).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08003");
    }

    @Test
    void getterBeforeNextFails() throws SQLException {
        ResultSet resultSet = new DoSqlResultSet(null, List.of(ResultColumn.computed("a", SqlType.INTEGER)),
                new ListRowCursor(List.<Object[]>of(new Object[] {1})), null, 0);
        assertThat(resultSet.isBeforeFirst()).isTrue();
        assertThatThrownBy(() -> resultSet.getInt(1)).isInstanceOf(SQLException.class)
                .hasMessageContaining("next");
    }

    @Test
    void maxRowsLimitsTheCursor() throws SQLException {
        List<Object[]> rows = Arrays.asList(new Object[] {1}, new Object[] {2}, new Object[] {3});
        ResultSet resultSet = new DoSqlResultSet(null, List.of(ResultColumn.computed("a", SqlType.INTEGER)),
                new ListRowCursor(rows), null, 2);
        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.getRow()).isEqualTo(2);
        assertThat(resultSet.next()).isFalse();
    }

    @Test
    void metadataReportsPostgresTypeNames() throws SQLException {
        List<ResultColumn> columns = List.of(
                new ResultColumn("id", SqlType.INTEGER, "public", "users", "id", false),
                ResultColumn.computed("total", SqlType.numeric(10, 2)),
                ResultColumn.computed("name", SqlType.varchar(20)),
                ResultColumn.computed("flag", SqlType.BOOLEAN),
                ResultColumn.computed("big", SqlType.BIGINT),
                ResultColumn.computed("small", SqlType.SMALLINT),
                ResultColumn.computed("data", SqlType.BYTEA));
        ResultSetMetaData metaData = new DoSqlResultSet(null, columns, new ListRowCursor(List.of()), null, 0)
                .getMetaData();
        assertThat(metaData.getColumnCount()).isEqualTo(7);
        assertThat(metaData.getColumnLabel(1)).isEqualTo("id");
        assertThat(metaData.getTableName(1)).isEqualTo("users");
        assertThat(metaData.getSchemaName(1)).isEqualTo("public");
        assertThat(metaData.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
        assertThat(metaData.getColumnType(1)).isEqualTo(Types.INTEGER);
        assertThat(metaData.getColumnTypeName(1)).isEqualTo("int4");
        assertThat(metaData.getColumnTypeName(2)).isEqualTo("numeric");
        assertThat(metaData.getPrecision(2)).isEqualTo(10);
        assertThat(metaData.getScale(2)).isEqualTo(2);
        assertThat(metaData.getColumnTypeName(3)).isEqualTo("varchar");
        assertThat(metaData.getPrecision(3)).isEqualTo(20);
        assertThat(metaData.getColumnTypeName(4)).isEqualTo("bool");
        assertThat(metaData.getColumnTypeName(5)).isEqualTo("int8");
        assertThat(metaData.getColumnClassName(6)).isEqualTo("java.lang.Integer");
        assertThat(metaData.getColumnClassName(7)).isEqualTo("[B");
        assertThat(metaData.getTableName(2)).isEmpty();
        // a computed column's nullability is unknown, as pgjdbc reports it
        assertThat(metaData.isNullable(2)).isEqualTo(ResultSetMetaData.columnNullableUnknown);
    }
}
