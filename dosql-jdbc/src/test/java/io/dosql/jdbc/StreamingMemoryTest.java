package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A large query result streams through the driver: a child JVM with a 64 MB heap reads 5 million rows. */
class StreamingMemoryTest {
    /** Entry point of the child JVM: prints the row count and the sum of the values read. */
    public static void main(String[] arguments) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:dosql:mem:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from generate_series(1, 5000000)")) {
            long count = 0;
            long sum = 0;
            while (rows.next()) {
                count++;
                sum += rows.getLong(1);
            }
            System.out.println(count + " " + sum);
        }
    }

    @Test
    void fiveMillionRowsFitInASixtyFourMegabyteHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamingMemoryTest.class.getName()).redirectErrorStream(true).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(output).isEqualTo("5000000 12500002500000");
        assertThat(child.exitValue()).isZero();
    }
}
