package io.dosql.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.engine.Database;
import io.dosql.engine.Session;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DoSqlDriverTest {
    private final DoSqlDriver driver = new DoSqlDriver();

    @Test
    void acceptsOnlyDoSqlUrls() throws SQLException {
        assertThat(driver.acceptsURL("jdbc:dosql:mem:")).isTrue();
        assertThat(driver.acceptsURL("jdbc:dosql:mem:shop")).isTrue();
        assertThat(driver.acceptsURL("jdbc:dosql:file:/tmp/x")).isTrue();
        assertThat(driver.acceptsURL("jdbc:postgresql://localhost/test")).isFalse();
        assertThat(driver.acceptsURL("jdbc:dosql:tcp:x")).isFalse();
        assertThat(driver.acceptsURL(null)).isFalse();
        assertThat(driver.connect("jdbc:h2:mem:", new Properties())).isNull();
    }

    @Test
    void fileUrlPathAndOptions() {
        assertThat(DoSqlDriver.filePath("jdbc:dosql:file:/tmp/db")).isEqualTo("/tmp/db");
        assertThat(DoSqlDriver.filePath("jdbc:dosql:file:data/db?synchronous_commit=off")).isEqualTo("data/db");
        assertThat(DoSqlDriver.urlOptions("jdbc:dosql:file:/x?synchronous_commit=off&buffer_pool_mb=8"))
                .containsEntry("synchronous_commit", "off").containsEntry("buffer_pool_mb", "8");
        assertThat(DoSqlDriver.urlOptions("jdbc:dosql:file:/x")).isEmpty();
    }

    @Test
    void databaseNameIgnoresOptions() {
        assertThat(DoSqlDriver.databaseName("jdbc:dosql:mem:")).isEmpty();
        assertThat(DoSqlDriver.databaseName("jdbc:dosql:mem:shop")).isEqualTo("shop");
        assertThat(DoSqlDriver.databaseName("jdbc:dosql:mem:shop;MODE=x")).isEqualTo("shop");
        assertThat(DoSqlDriver.databaseName("jdbc:dosql:mem:shop?user=a")).isEqualTo("shop");
    }

    @Test
    void registeredThroughServiceLoaderAndDriverManager() throws SQLException {
        List<Class<?>> drivers = new ArrayList<>();
        for (Driver loaded : ServiceLoader.load(Driver.class)) {
            drivers.add(loaded.getClass());
        }
        assertThat(drivers).contains(DoSqlDriver.class);
        assertThat(DriverManager.getDriver("jdbc:dosql:mem:")).isInstanceOf(DoSqlDriver.class);
    }

    @Test
    void namedDatabasesAreSharedAndDroppedWithTheLastLease() {
        List<FakeDatabase> created = new ArrayList<>();
        DatabaseRegistry registry = new DatabaseRegistry(() -> {
            FakeDatabase database = new FakeDatabase();
            created.add(database);
            return database;
        });
        DatabaseRegistry.Lease first = registry.acquire("shop");
        DatabaseRegistry.Lease second = registry.acquire("shop");
        assertThat(first.database()).isSameAs(second.database());
        assertThat(registry.acquire("other").database()).isNotSameAs(first.database());
        first.release();
        first.release();
        assertThat(registry.isOpen("shop")).as("released twice still counts once").isTrue();
        assertThat(created.get(0).closed).isFalse();
        second.release();
        assertThat(registry.isOpen("shop")).isFalse();
        assertThat(created.get(0).closed).isTrue();
        DatabaseRegistry.Lease third = registry.acquire("shop");
        assertThat(third.database()).as("a fresh database after the last close").isNotSameAs(created.get(0));

        DatabaseRegistry.Lease privateOne = registry.privateDatabase();
        DatabaseRegistry.Lease privateTwo = registry.privateDatabase();
        assertThat(privateOne.database()).isNotSameAs(privateTwo.database());
        privateOne.release();
        assertThat(((FakeDatabase) privateOne.database()).closed).isTrue();
    }

    private static final class FakeDatabase implements Database {
        boolean closed;

        @Override
        public Session openSession() {
            return new FakeSession();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
