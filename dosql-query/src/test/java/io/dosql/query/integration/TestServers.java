package io.dosql.query.integration;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** The real databases of this machine for integration tests; starts PostgreSQL and MariaDB if they are down. */
final class TestServers {
    private TestServers() {
    }

    static DataSource postgres() {
        ensureUp(5432, "sh", "-c", "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        dataSource.setUser("postgres");
        return dataSource;
    }

    static DataSource mariadb() {
        ensureUp(3306, "start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd");
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/test");
            dataSource.setUser("root");
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SQLite database in a fresh temporary file (in-memory databases are private to one connection). */
    static DataSource sqlite() {
        try {
            Path file = Files.createTempFile("dosql-query-", ".sqlite");
            file.toFile().deleteOnExit();
            SQLiteDataSource dataSource = new SQLiteDataSource();
            dataSource.setUrl("jdbc:sqlite:" + file);
            return dataSource;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized void ensureUp(int port, String... startCommand) {
        if (listening(port)) {
            return;
        }
        try {
            new ProcessBuilder(startCommand).redirectErrorStream(true).redirectOutput(new File("/dev/null"))
                .start().waitFor();
            for (int i = 0; i < 60 && !listening(port); i++) {
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the server on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!listening(port)) {
            throw new IllegalStateException("no server on 127.0.0.1:" + port + " after starting it");
        }
    }

    /** A DataSource wrapper counting connections that are open, to prove streams and transactions close them. */
    static final class CountingDataSource extends DelegatingDataSource {
        private final AtomicInteger open = new AtomicInteger();

        CountingDataSource(DataSource delegate) {
            super(delegate);
        }

        int openConnections() {
            return open.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            open.incrementAndGet();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        open.decrementAndGet();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        }
    }
}
