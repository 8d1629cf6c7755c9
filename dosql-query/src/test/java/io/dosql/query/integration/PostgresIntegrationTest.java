package io.dosql.query.integration;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.column;
import static io.dosql.query.expression.Expressions.excluded;
import static io.dosql.query.expression.Expressions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.Db;
import io.dosql.query.DoQuery;
import io.dosql.query.Dialect;
import io.dosql.query.PostgresDb;
import io.dosql.query.execution.BulkLoader;
import io.dosql.query.execution.IsolationLevel;
import io.dosql.query.execution.QueryExecutionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The shared suite on the real PostgreSQL server, in a schema of its own, plus PostgreSQL-only features. */
class PostgresIntegrationTest extends DialectSuite {
    private final String schema = "q_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private DataSource admin;

    @Override
    protected DataSource createIsolatedDatabase() throws SQLException {
        admin = TestServers.postgres();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        PGSimpleDataSource isolated = (PGSimpleDataSource) TestServers.postgres();
        isolated.setCurrentSchema(schema);
        return isolated;
    }

    @Override
    protected void dropIsolatedDatabase() throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Override
    protected Db<?> open(DataSource source) {
        return DoQuery.using(source, Dialect.POSTGRES);
    }

    private PostgresDb pg() {
        return (PostgresDb) db;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> T transaction(Db<?> database, IsolationLevel isolation, Function<Db<?>, T> body) {
        return ((PostgresDb) database).transaction(isolation, tx -> body.apply(tx));
    }

    @Override
    protected long upsertName(Db<?> database, long id, String firstName) {
        return ((PostgresDb) database).insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME, firstName)
            .onConflict(PERSON.ID).doUpdateSet(u -> u.set(PERSON.FIRST_NAME, excluded(PERSON.FIRST_NAME))).execute();
    }

    @Override
    protected BulkLoader.Strategy expectedBulkStrategy() {
        return BulkLoader.Strategy.COPY;
    }

    @Override
    protected String isolationQuery() {
        return "show transaction_isolation";
    }

    @Test
    void returningYieldsRows() {
        Map<String, Object> inserted = pg().insertInto(PERSON).set(PERSON.ID, 10L).set(PERSON.FIRST_NAME, "Ann")
            .returning(PERSON.ID, PERSON.FIRST_NAME).executeTakeFirstOrThrow();
        assertThat(inserted).containsEntry("id", 10L).containsEntry("first_name", "Ann");
        assertThat(pg().update(PERSON).set(PERSON.AGE, 5).where(PERSON.ID.eq(10L)).returning("age").execute())
            .containsExactly(Map.of("age", 5));
        assertThat(pg().deleteFrom(PERSON).where(PERSON.ID.eq(10L)).returningAll().execute()).hasSize(1);
    }

    @Test
    void mergeUpdatesInsertsAndDeletes() {
        long changed = pg().mergeInto(PERSON, PET.as("p"), PERSON.ID.eq(PET.as("p").ID))
            .whenMatchedAndThenDelete(column("p.species", String.class).eq("hamster"))
            .whenMatchedThenUpdate(u -> u.set(PERSON.LAST_NAME, column("p.name", String.class)))
            .whenNotMatchedThenInsert(Map.of("id", column("p.id"), "first_name", column("p.name")))
            .execute();
        assertThat(changed).isEqualTo(3);
        assertThat(pg().selectFrom(PERSON).select(PERSON.ID, PERSON.LAST_NAME).orderBy(PERSON.ID.asc())
            .map(row -> row.get("id") + ":" + row.get("last_name")).execute())
            .containsExactly("1:Catto", "2:Doggo");
    }

    @Test
    void lateralJoinDistinctOnFullJoinAndSkipLocked() {
        var firstPet = pg().selectFrom(PET).select(PET.NAME).where(PET.OWNER_ID.eq(PERSON.ID))
            .orderBy(PET.NAME.asc()).limit(1).as("first_pet");
        assertThat(pg().selectFrom(PERSON).select(PERSON.ID, column("first_pet.name")).innerJoinLateral(firstPet,
                value(true).eq(true)).orderBy(PERSON.ID.asc()).map(row -> row.get("name")).execute())
            .containsExactly("Catto", "Doggo");
        assertThat(pg().selectFrom(PET).distinctOn(PET.OWNER_ID).select(PET.OWNER_ID, PET.NAME)
            .orderBy(PET.OWNER_ID.asc(), PET.NAME.asc()).map(row -> row.get("name")).execute())
            .containsExactly("Catto", "Doggo");
        assertThat(pg().selectFrom(PERSON).fullJoin(PET, PET.OWNER_ID.eq(PERSON.ID)).execute()).hasSize(4);
        List<Object> locked = pg().transaction(tx -> tx.selectFrom(PERSON).select(PERSON.ID).orderBy(PERSON.ID.asc())
            .limit(1).forUpdate().skipLocked().map(row -> row.get("id")).execute());
        assertThat(locked).containsExactly(1L);
    }

    @Test
    void uniqueViolationCarriesSqlState() {
        assertThatThrownBy(() -> pg().insertInto(PERSON).set(PERSON.ID, 1L).execute())
            .isInstanceOf(QueryExecutionException.class)
            .satisfies(error -> assertThat(((QueryExecutionException) error).sqlState()).isEqualTo("23505"));
    }
}
