package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code jdbc:dosql:file:PATH}: durable, shared within the JVM, locked against other processes. */
@Timeout(120)
class DurableUrlTest {
    @TempDir
    Path directory;

    private String url() {
        return "jdbc:dosql:file:" + directory.resolve("db");
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void connectionsShareTheDatabaseAndItSurvivesTheLastClose() throws Exception {
        try (Connection first = DriverManager.getConnection(url());
             Connection second = DriverManager.getConnection(url().replace("/db", "/./db"))) {
            first.createStatement().execute("CREATE TABLE t (id serial PRIMARY KEY, v text)");
            second.createStatement().execute("INSERT INTO t (v) VALUES ('from second')");
            assertThat(column(first, "SELECT v FROM t")).containsExactly("from second");
            first.setAutoCommit(false);
            first.createStatement().execute("INSERT INTO t (v) VALUES ('committed')");
            first.commit();
            first.createStatement().execute("INSERT INTO t (v) VALUES ('rolled back')");
            first.rollback();
            assertThat(DoSqlDriver.isFileDatabaseOpen(directory.resolve("db").toRealPath().toString())).isTrue();
        }
        assertThat(DoSqlDriver.isFileDatabaseOpen(directory.resolve("db").toRealPath().toString())).isFalse();
        try (Connection again = DriverManager.getConnection(url())) {
            assertThat(column(again, "SELECT id || ':' || v FROM t ORDER BY id"))
                    .containsExactly("1:from second", "2:committed");
        }
    }

    @Test
    void synchronousCommitOption() throws Exception {
        try (Connection connection = DriverManager.getConnection(url() + "?synchronous_commit=off&buffer_pool_mb=4");
             Connection other = DriverManager.getConnection(url())) {
            assertThat(column(connection, "SHOW synchronous_commit")).containsExactly("off");
            assertThat(column(other, "SHOW synchronous_commit")).containsExactly("on");
            connection.createStatement().execute("CREATE TABLE t (x int); INSERT INTO t VALUES (1)");
        }
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(column(connection, "SELECT x FROM t")).containsExactly("1");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url() + "?buffer_pool_mb=lots"))
                .isInstanceOf(SQLException.class).satisfies(error ->
                        assertThat(((SQLException) error).getSQLState()).isEqualTo("22023"));
    }

    @Test
    void largeValuesThroughPreparedStatements() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        try (Connection connection = DriverManager.getConnection(url())) {
            connection.createStatement().execute("CREATE TABLE big (body text)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO big VALUES (?)")) {
                insert.setString(1, big);
                insert.executeUpdate();
            }
        }
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(column(connection, "SELECT body FROM big")).containsExactly(big);
        }
    }

    @Test
    void anotherProcessGets55006() throws Exception {
        try (Connection connection = DriverManager.getConnection(url())) {
            connection.createStatement().execute("CREATE TABLE t (x int)");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SecondProcess.class.getName(), url()).redirectErrorStream(true).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).contains("SQLSTATE=55006").contains(directory.resolve("db").toRealPath().toString());
        }
        // Once this process let go, another process can open it.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SecondProcess.class.getName(), url()).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("OPENED");
    }

    /** The other process: tries to open the database and prints the outcome. */
    public static final class SecondProcess {
        public static void main(String[] args) {
            try (Connection connection = DriverManager.getConnection(args[0])) {
                System.out.println("OPENED " + column(connection, "SELECT count(*) FROM t"));
            } catch (SQLException failure) {
                System.out.println("SQLSTATE=" + failure.getSQLState() + " " + failure.getMessage());
            }
            System.out.flush();
        }
    }
}
