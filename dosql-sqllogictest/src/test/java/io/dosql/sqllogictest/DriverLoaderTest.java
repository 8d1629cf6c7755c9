package io.dosql.sqllogictest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverLoaderTest {

    /** The sqlite-jdbc jar this module's tests run with. */
    private static Path sqliteJar() throws Exception {
        Class<?> driverClass = Class.forName("org.sqlite.JDBC");
        return Path.of(driverClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void loadsTheDriverThatAcceptsTheUrlFromAJar() throws Exception {
        Driver driver = DriverLoader.load(sqliteJar(), Sqlite.URL);

        try (Connection connection = new Connector(driver, new Properties()).connect(Sqlite.URL)) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("SQLite");
        }
    }

    @Test
    void acceptsAClassPathOfSeveralEntries(@TempDir Path emptyFolder) throws Exception {
        String classPath = emptyFolder + File.pathSeparator + sqliteJar();

        assertThat(DriverLoader.load(classPath, Sqlite.URL).acceptsURL(Sqlite.URL)).isTrue();
    }

    @Test
    void failsWhenNoDriverInTheJarAcceptsTheUrl() throws Exception {
        Path jar = sqliteJar();

        assertThatThrownBy(() -> DriverLoader.load(jar, "jdbc:nobody:here"))
                .isInstanceOf(SQLException.class).hasMessageContaining("accepts jdbc:nobody:here");
        assertThatThrownBy(() -> DriverLoader.load(Path.of("/no/such.jar"), Sqlite.URL))
                .isInstanceOf(IOException.class);
    }
}
