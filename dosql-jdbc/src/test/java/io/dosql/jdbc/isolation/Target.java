package io.dosql.jdbc.isolation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database the isolation tests run on. PostgreSQL is the reference (skipped when its server is down);
 * the DoSQL targets must behave the same.
 */
enum Target {
    POSTGRESQL, DOSQL, DOSQL_FILE;

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String POSTGRES_USER = "postgres";

    /** Skips the current test when this target cannot run here. */
    void assumeAvailable() {
        if (this == POSTGRESQL) {
            assumeTrue(postgresListening(), "PostgreSQL is not listening on 127.0.0.1:5432");
        }
    }

    /** A fresh, empty database (a private schema on PostgreSQL); close it to drop it. */
    TestDatabase create() throws Exception {
        assumeAvailable();
        String name = "iso_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (this) {
            case POSTGRESQL:
                return TestDatabase.postgres(name);
            case DOSQL:
                return TestDatabase.dosql("jdbc:dosql:mem:" + name, null);
            default:
                Path directory = Files.createTempDirectory("dosql-" + name);
                return TestDatabase.dosql("jdbc:dosql:file:" + directory.resolve("db"), directory);
        }
    }

    static Stream<Target> all() {
        return Stream.of(values());
    }

    private static boolean postgresListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
