package io.dosql.jdbc.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long update load, with a REPEATABLE READ reader holding an old snapshot for part of it, does not
 * grow the database without bound: old row versions are pruned once no snapshot needs them and the
 * page file reuses freed pages. The reader sees its snapshot throughout.
 */
class UpdateChurnTest {
    @TempDir
    Path directory;

    @Test
    void repeatedUpdatesKeepTheFileBoundedAndOldSnapshotsIntact() throws Exception {
        Path database = directory.resolve("db");
        String url = "jdbc:dosql:file:" + database + "?synchronous_commit=off&buffer_pool_mb=1";
        try (Connection loader = DriverManager.getConnection(url); Statement statement = loader.createStatement()) {
            statement.execute("CREATE TABLE item (id INT PRIMARY KEY, version INT NOT NULL, body TEXT NOT NULL)");
            statement.execute("CREATE INDEX item_version ON item (version)");
            statement.execute("INSERT INTO item SELECT g, 0, repeat('x', 200) FROM generate_series(1, 2000) g");
        }
        // Closing the last connection checkpoints.
        long afterLoad = Files.size(database.resolve("data"));
        try (Connection writer = DriverManager.getConnection(url); Connection reader = DriverManager.getConnection(url)) {
            reader.setAutoCommit(false);
            reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement update = writer.prepareStatement("UPDATE item SET version = ?, body = ? WHERE id = ?")) {
                for (int round = 1; round <= 30; round++) {
                    if (round == 5) {
                        assertThat(count(reader, "SELECT count(*) FROM item WHERE version = 4")).isEqualTo(2000);
                    }
                    for (int id = 1; id <= 2000; id++) {
                        update.setInt(1, round);
                        update.setString(2, "y".repeat(150 + round % 100));
                        update.setInt(3, id);
                        update.executeUpdate();
                    }
                    if (round == 10) {
                        // The snapshot taken in round 5 still sees that round's rows, through the index too.
                        assertThat(count(reader, "SELECT count(*) FROM item WHERE version = 4")).isEqualTo(2000);
                        assertThat(count(reader, "SELECT count(*) FROM item WHERE version = 10")).isZero();
                        reader.commit();
                    }
                }
            }
            assertThat(count(reader, "SELECT count(*) FROM item WHERE version = 30")).isEqualTo(2000);
            assertThat(count(reader, "SELECT count(*) FROM item WHERE version < 30")).isZero();
            reader.commit();
        }
        long afterChurn = Files.size(database.resolve("data"));
        System.out.printf("update churn: data file %d bytes after load, %d after 60,000 updates%n", afterLoad, afterChurn);
        assertThat(afterChurn).isLessThan(afterLoad * 4);
        try (Connection reopened = DriverManager.getConnection(url)) {
            assertThat(count(reopened, "SELECT count(*) FROM item WHERE version = 30")).isEqualTo(2000);
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
