package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Sequences through JDBC: Hibernate's PostgreSQL-dialect DDL and calls, shared by connections, durable on file URLs. */
@Timeout(60)
class SequenceJdbcTest {
    @TempDir
    Path directory;

    private static long nextval(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select nextval(?)")) {
            select.setString(1, sequence);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo("nextval");
                return rows.getLong(1);
            }
        }
    }

    @Test
    void hibernateStyleSequenceSharedByTwoConnections() throws SQLException {
        try (Connection first = DriverManager.getConnection("jdbc:dosql:mem:seqjdbc");
             Connection second = DriverManager.getConnection("jdbc:dosql:mem:seqjdbc");
             Statement statement = first.createStatement()) {
            statement.execute("create sequence foo_seq start with 1 increment by 50");
            assertThat(nextval(first, "foo_seq")).isEqualTo(1);
            assertThat(nextval(second, "foo_seq")).isEqualTo(51);
            try (ResultSet rows = statement.executeQuery("select nextval('foo_seq')")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(101);
                assertThat(rows.getMetaData().getColumnTypeName(1)).isEqualTo("int8");
            }
            try (Statement other = second.createStatement(); ResultSet rows = other.executeQuery("select currval('foo_seq')")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(51);
            }
            second.setAutoCommit(false);
            assertThat(nextval(second, "foo_seq")).isEqualTo(151);
            second.rollback();
            assertThat(nextval(first, "foo_seq")).isEqualTo(201);
            assertThatThrownBy(() -> nextval(first, "missing_seq")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("relation \"missing_seq\" does not exist")
                    .satisfies(error -> assertThat(((SQLException) error).getSQLState()).isEqualTo("42P01"));
            statement.execute("drop sequence foo_seq");
        }
    }

    @Test
    void fileDatabaseNeverRepeatsAValueAfterReopen() throws SQLException {
        String url = "jdbc:dosql:file:" + directory.resolve("db");
        long last;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("create sequence ids; create table t (id bigint default nextval('ids') primary key, v text)");
            statement.execute("insert into t (v) values ('a'), ('b')");
            nextval(connection, "ids");
            last = nextval(connection, "ids");
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            assertThat(nextval(connection, "ids")).isGreaterThan(last);
            statement.execute("insert into t (v) values ('c')");
            try (ResultSet rows = statement.executeQuery("select count(distinct id) from t")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
        }
    }
}
