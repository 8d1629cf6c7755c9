package io.dosql.sqllogictest;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: the local PostgreSQL server (127.0.0.1:5432, user postgres, database test). Starts the cluster
 * when it is down and creates the database when it is missing; tests are skipped, with the reason, only when
 * the server cannot be reached even then.
 */
final class LocalPostgres {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final int START_WAIT_SECONDS = 30;

    private static String unavailableReason;
    private static boolean checked;

    private LocalPostgres() {
    }

    static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "5");
        return properties;
    }

    static Connector connector() {
        return new Connector(null, properties());
    }

    /** Skips the calling test (with the reason) unless the server is reachable, starting it if needed. */
    static synchronized void assumeAvailable() {
        if (!checked) {
            checked = true;
            unavailableReason = makeAvailable();
        }
        Assumptions.assumeTrue(unavailableReason == null,
                () -> "PostgreSQL not available at " + URL + ": " + unavailableReason);
    }

    private static String makeAvailable() {
        if (canConnect(ADMIN_URL) == null) {
            return ensureTestDatabase();
        }
        String startFailure = startCluster();
        for (int second = 0; second < START_WAIT_SECONDS; second++) {
            if (canConnect(ADMIN_URL) == null) {
                return ensureTestDatabase();
            }
            sleepOneSecond();
        }
        return "not reachable and could not be started (" + startFailure + "; last error: " + canConnect(ADMIN_URL)
                + ")";
    }

    private static String ensureTestDatabase() {
        if (canConnect(URL) == null) {
            return null;
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, properties());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE test");
            return canConnect(URL);
        } catch (SQLException failed) {
            return "cannot create database test: " + failed.getMessage();
        }
    }

    /** Null when a connection opens, else the error. */
    private static String canConnect(String url) {
        try (Connection connection = DriverManager.getConnection(url, properties())) {
            return null;
        } catch (SQLException failed) {
            return failed.getMessage();
        }
    }

    /** Runs {@code pg_ctlcluster --skip-systemctl-redirect VERSION main start}; returns what happened. */
    private static String startCluster() {
        String[] versions = new File("/etc/postgresql").list();
        if (versions == null || versions.length == 0) {
            return "no cluster under /etc/postgresql";
        }
        Arrays.sort(versions);
        List<String> command = List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[versions.length - 1],
                "main", "start");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            int exit = process.waitFor();
            return String.join(" ", command) + " exited " + exit + (output.isEmpty() ? "" : ": " + output);
        } catch (IOException failed) {
            return "cannot run pg_ctlcluster: " + failed.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "interrupted while starting PostgreSQL";
        }
    }

    private static void sleepOneSecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
