package io.dosql.jdbc.isolation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One database for one test, with an autocommit admin connection kept open for its whole life (a named
 * in-memory DoSQL database lives only while a connection to it is open).
 */
final class TestDatabase implements AutoCloseable {
    private final String url;
    private final String user;
    private final Connection admin;
    private final String postgresSchema;
    private final Path directory;

    private TestDatabase(String url, String user, Connection admin, String postgresSchema, Path directory) {
        this.url = url;
        this.user = user;
        this.admin = admin;
        this.postgresSchema = postgresSchema;
        this.directory = directory;
    }

    static TestDatabase postgres(String schema) throws SQLException {
        Connection admin = DriverManager.getConnection(Target.POSTGRES_URL, Target.POSTGRES_USER, "");
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path = " + schema);
        }
        // A private schema keeps concurrent runs (other worktrees) from sharing tables named "test".
        return new TestDatabase(Target.POSTGRES_URL + "?currentSchema=" + schema, Target.POSTGRES_USER, admin,
                schema, null);
    }

    static TestDatabase dosql(String url, Path directory) throws SQLException {
        return new TestDatabase(url, null, DriverManager.getConnection(url), null, directory);
    }

    Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
    }

    /** Runs setup statements outside any test transaction. */
    void execute(String... sqls) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String sql : sqls) {
                statement.execute(sql);
            }
        }
    }

    /** Hermitage's table: {@code test(id int primary key, value int)} holding (1,10), (2,20). */
    void createHermitageTable() throws SQLException {
        execute("CREATE TABLE test (id INT PRIMARY KEY, value INT)",
                "INSERT INTO test (id, value) VALUES (1, 10), (2, 20)");
    }

    Connection admin() {
        return admin;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (postgresSchema != null) {
                try (Statement statement = admin.createStatement()) {
                    // Bounded: a leftover backend still holding a lock must not hang the build.
                    statement.execute("SET lock_timeout = '5s'");
                    statement.execute("DROP SCHEMA " + postgresSchema + " CASCADE");
                }
            }
        } finally {
            admin.close();
            Target.deleteTree(directory);
        }
    }
}
