package io.dosql.query.integration;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static org.assertj.core.api.Assertions.assertThat;

import io.dosql.query.Db;
import io.dosql.query.DoQuery;
import io.dosql.query.Dialect;
import io.dosql.query.MySqlDb;
import io.dosql.query.execution.IsolationLevel;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** The shared suite on the real MariaDB server, in a database of its own, plus MySQL-only forms. */
class MariaDbIntegrationTest extends DialectSuite {
    private final String database = "q_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private DataSource admin;

    @Override
    protected DataSource createIsolatedDatabase() throws SQLException {
        admin = TestServers.mariadb();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        MariaDbDataSource isolated = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/" + database);
        isolated.setUser("root");
        return isolated;
    }

    @Override
    protected void dropIsolatedDatabase() throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
        }
    }

    @Override
    protected Db<?> open(DataSource source) {
        return DoQuery.using(source, Dialect.MYSQL);
    }

    private MySqlDb mysql() {
        return (MySqlDb) db;
    }

    @Override
    protected <T> T transaction(Db<?> target, IsolationLevel isolation, Function<Db<?>, T> body) {
        return ((MySqlDb) target).transaction(isolation, tx -> body.apply(tx));
    }

    @Override
    protected long upsertName(Db<?> target, long id, String firstName) {
        return ((MySqlDb) target).insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME, firstName)
            .onDuplicateKeyUpdate(u -> u.setExcluded("first_name")).execute();
    }

    @Override
    protected String isolationQuery() {
        return "select @@tx_isolation";
    }

    @Test
    void multiTableUpdateAndDeleteUsing() {
        assertThat(mysql().update(PERSON).set(PERSON.LAST_NAME, "Pet owner").from(PET)
            .where(PET.OWNER_ID.eq(PERSON.ID)).where(PET.SPECIES.eq("dog")).execute()).isEqualTo(1);
        assertThat(mysql().deleteFrom(PET).using(PERSON).where(PET.OWNER_ID.eq(PERSON.ID))
            .where(PERSON.LAST_NAME.eq("Pet owner")).execute()).isEqualTo(2);
        assertThat(mysql().selectFrom(PET).execute()).hasSize(1);
    }
}
