package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class JdbcTargetsTest {

    @Test
    void namedInMemoryDatabasesGetAUniqueNamePerScript() {
        String first = JdbcTargets.uniqueInMemoryUrl("jdbc:h2:mem:db;MODE=PostgreSQL");
        String second = JdbcTargets.uniqueInMemoryUrl("jdbc:h2:mem:db;MODE=PostgreSQL");

        assertThat(first).matches("jdbc:h2:mem:db_slt\\d+;MODE=PostgreSQL");
        assertThat(second).isNotEqualTo(first);
        assertThat(JdbcTargets.uniqueInMemoryUrl("jdbc:dosql:mem:shared")).startsWith("jdbc:dosql:mem:shared_slt");
        // Unnamed in-memory databases are private to their connection already.
        assertThat(JdbcTargets.uniqueInMemoryUrl("jdbc:dosql:mem:")).isEqualTo("jdbc:dosql:mem:");
    }

    @Test
    void namedH2DatabasesDoNotLeakTablesBetweenScripts() throws SQLException {
        DatabaseTarget target = JdbcTargets.forUrl("jdbc:h2:mem:slt_test;DB_CLOSE_DELAY=-1",
                new Connector(null, new java.util.Properties()));
        try (TargetSession first = target.open("first.test"); Statement statement = first.connection().createStatement()) {
            statement.execute("CREATE TABLE t1(a INTEGER)");
        }
        try (TargetSession second = target.open("second.test");
             Statement statement = second.connection().createStatement()) {
            statement.execute("CREATE TABLE t1(a INTEGER)");
        }
    }

    @Test
    void eachPostgresScriptGetsItsOwnSchemaWhichIsDroppedAfterwards() throws SQLException {
        LocalPostgres.assumeAvailable();
        DatabaseTarget target = JdbcTargets.forUrl(LocalPostgres.URL, LocalPostgres.connector());
        String schema;
        try (TargetSession session = target.open("one.test");
             Statement statement = session.connection().createStatement()) {
            statement.execute("CREATE TABLE t1(a INTEGER)");
            schema = single(statement, "SELECT current_schema()");
            assertThat(schema).startsWith("slt_");
            try (TargetSession other = target.open("two.test");
                 Statement otherStatement = other.connection().createStatement()) {
                // Same table name, different schema: no clash while both are open.
                otherStatement.execute("CREATE TABLE t1(a INTEGER)");
                assertThat(single(otherStatement, "SELECT current_schema()")).isNotEqualTo(schema);
            }
        }
        try (Connection check = DriverManager.getConnection(LocalPostgres.URL, LocalPostgres.properties());
             Statement statement = check.createStatement()) {
            assertThat(single(statement,
                    "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + schema + "'"))
                    .isEqualTo("0");
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            resultSet.next();
            return resultSet.getString(1);
        }
    }
}
