package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** COMMENT ON through the driver shows up as DatabaseMetaData REMARKS, as with pgjdbc on PostgreSQL. */
class CommentJdbcTest {
    @Test
    void commentsReachDatabaseMetaData() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:dosql:mem:");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ct (a int, b text)");
            statement.execute("COMMENT ON TABLE ct IS 'the table'");
            statement.execute("COMMENT ON COLUMN ct.b IS 'the column'");
            try (ResultSet tables = connection.getMetaData().getTables(null, "public", "ct", null)) {
                assertThat(tables.next()).isTrue();
                assertThat(tables.getString("REMARKS")).isEqualTo("the table");
            }
            try (ResultSet columns = connection.getMetaData().getColumns(null, "public", "ct", "%")) {
                assertThat(columns.next()).isTrue();
                assertThat(columns.getString("REMARKS")).isNull();
                assertThat(columns.next()).isTrue();
                assertThat(columns.getString("REMARKS")).isEqualTo("the column");
            }
        }
    }
}
