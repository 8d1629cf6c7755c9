package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.core.Bytes;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.ResultColumn;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoSqlPreparedStatementTest {
    @Test
    @SuppressWarnings("unchecked")
    void settersProduceEngineValues() throws SQLException {
        FakeSession session = new FakeSession();
        session.parameterCount = 12;
        try (Connection connection = session.connect();
             PreparedStatement statement = connection.prepareStatement("insert …")) {
            statement.setByte(1, (byte) 5);
            statement.setBytes(2, new byte[] {1, 2});
            statement.setDate(3, Date.valueOf("2020-01-02"));
            statement.setTime(4, Time.valueOf("10:11:12"));
            statement.setTimestamp(5, Timestamp.valueOf("2020-01-02 03:04:05.123456789"));
            statement.setObject(6, Instant.parse("2020-01-01T00:00:00Z"));
            statement.setNull(7, Types.INTEGER);
            statement.setObject(8, "42", Types.INTEGER);
            statement.setObject(9, 1.256, Types.NUMERIC, 2);
            statement.setCharacterStream(10, new StringReader("text"));
            statement.setBinaryStream(11, new ByteArrayInputStream(new byte[] {9}));
            statement.setObject(12, OffsetDateTime.of(2020, 1, 1, 5, 0, 0, 0, ZoneOffset.ofHours(5)),
                    java.sql.JDBCType.TIMESTAMP_WITH_TIMEZONE);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        assertThat((List<Object>) session.executions.get(0)).containsExactly((short) 5, Bytes.copyOf(new byte[] {1, 2}),
                LocalDate.of(2020, 1, 2), LocalTime.of(10, 11, 12),
                LocalDateTime.of(2020, 1, 2, 3, 4, 5, 123_456_789),
                OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null, 42, new BigDecimal("1.26"),
                "text", Bytes.copyOf(new byte[] {9}), OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void missingAndOutOfRangeParametersFail() throws SQLException {
        FakeSession session = new FakeSession();
        session.parameterCount = 2;
        try (Connection connection = session.connect();
             PreparedStatement statement = connection.prepareStatement("select ?, ?")) {
            statement.setInt(1, 1);
            assertThatThrownBy(statement::execute).hasMessageContaining("No value specified for parameter 2");
            assertThatThrownBy(() -> statement.setInt(3, 1))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22023");
            statement.clearParameters();
            assertThatThrownBy(statement::execute).hasMessageContaining("parameter 1");
            assertThatThrownBy(() -> statement.executeQuery("select 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void batchReusesTheOneHandle() throws SQLException {
        FakeSession session = new FakeSession();
        session.parameterCount = 1;
        session.executor = (sql, parameters) -> {
            if (parameters.get(0).equals(3)) {
                throw ErrorCode.CHECK_VIOLATION.exception("t", "t_check");
            }
            return FakeResult.count("INSERT 0 1", 1);
        };
        try (Connection connection = session.connect();
             PreparedStatement statement = connection.prepareStatement("insert into t values (?)")) {
            for (int value = 0; value < 3; value++) {
                statement.setInt(1, value);
                statement.addBatch();
            }
            assertThat(statement.executeBatch()).containsExactly(1, 1, 1);
            statement.setInt(1, 4);
            statement.addBatch();
            statement.setInt(1, 3);
            statement.addBatch();
            assertThatThrownBy(statement::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class,
                    failure -> {
                        assertThat(failure.getUpdateCounts()).containsExactly(1);
                        assertThat(failure.getSQLState()).isEqualTo("23514");
                    });
        }
        assertThat(session.prepared).hasSize(1);
        assertThat(session.executions).hasSize(5);
    }

    @Test
    void generatedKeysAndMetadata() throws SQLException {
        FakeSession session = new FakeSession();
        session.parameterCount = 1;
        session.parameterTypes = List.of(SqlType.TEXT);
        session.resultColumns = List.of(ResultColumn.computed("id", SqlType.INTEGER));
        session.executor = (sql, parameters) -> new FakeResult("INSERT 0 1", 1, session.resultColumns,
                List.<Object[]>of(new Object[] {1}));
        try (Connection connection = session.connect();
             PreparedStatement statement = connection.prepareStatement("insert into t(name) values (?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, "a");
            assertThat(statement.executeUpdate()).isEqualTo(1);
            ResultSet keys = statement.getGeneratedKeys();
            assertThat(keys.next()).isTrue();
            assertThat(keys.getInt(1)).isEqualTo(1);
            ParameterMetaData parameters = statement.getParameterMetaData();
            assertThat(parameters.getParameterCount()).isEqualTo(1);
            assertThat(parameters.getParameterTypeName(1)).isEqualTo("text");
            assertThat(statement.getMetaData().getColumnLabel(1)).isEqualTo("id");
        }
        assertThat(session.preparedKeys).containsExactly(GeneratedKeys.ALL_COLUMNS);
        try (Connection connection = session.connect();
             PreparedStatement statement = connection.prepareStatement("insert …", new String[] {"id", "name"})) {
            assertThat(statement).isNotNull();
        }
        assertThat(session.preparedKeys.get(1).columns()).isEqualTo(Arrays.asList("id", "name"));
    }

    @Test
    void prepareErrorsAreTranslated() {
        FakeSession session = new FakeSession() {
            @Override
            public io.dosql.engine.PreparedStatementHandle prepare(String sql, GeneratedKeys keys) {
                throw ErrorCode.UNDEFINED_TABLE.exception("nope").withHint("Perhaps you meant to reference the table \"note\".");
            }
        };
        assertThatThrownBy(() -> session.connect().prepareStatement("select * from nope"))
                .isInstanceOfSatisfying(java.sql.SQLSyntaxErrorException.class, failure -> {
                    assertThat(failure.getSQLState()).isEqualTo("42P01");
                    assertThat(failure.getMessage()).isEqualTo("ERROR: relation \"nope\" does not exist\n"
                            + "  Hint: Perhaps you meant to reference the table \"note\".");
                });
    }
}
