package io.dosql.query.integration;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.column;
import static io.dosql.query.expression.Expressions.count;
import static io.dosql.query.expression.Expressions.exists;
import static io.dosql.query.expression.Expressions.identifier;
import static io.dosql.query.expression.Expressions.jsonArrayFrom;
import static io.dosql.query.expression.Expressions.param;
import static io.dosql.query.expression.Expressions.rowNumber;
import static io.dosql.query.expression.Expressions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.Db;
import io.dosql.query.PersonRecord;
import io.dosql.query.PetRecord;
import io.dosql.query.execution.BulkLoader;
import io.dosql.query.builder.SelectQueryBuilder;
import io.dosql.query.execution.IsolationLevel;
import io.dosql.query.execution.NoResultException;
import io.dosql.query.execution.QueryExecutionException;
import io.dosql.query.expression.Window;
import io.dosql.query.plugin.CamelCasePlugin;
import io.dosql.query.plugin.SoftDeletePlugin;
import io.dosql.query.plugin.TenantFilterPlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same integration suite for every real database: each subclass supplies an isolated database
 * (its own schema, database or file, so reruns and parallel runs do not collide) and the few
 * dialect-specific statements; everything else runs the same builder calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DialectSuite {
    protected TestServers.CountingDataSource dataSource;
    protected Db<?> db;

    /** An isolated, empty database for this test class. */
    protected abstract DataSource createIsolatedDatabase() throws SQLException;

    protected abstract void dropIsolatedDatabase() throws SQLException;

    protected abstract Db<?> open(DataSource source);

    /** Runs body in a transaction of the concrete facade (transactions are typed by facade). */
    protected abstract <T> T transaction(Db<?> database, IsolationLevel isolation, Function<Db<?>, T> body);

    /** Inserts or, on a duplicate id, renames: ON CONFLICT or ON DUPLICATE KEY UPDATE. */
    protected abstract long upsertName(Db<?> database, long id, String firstName);

    /** SQL returning the current transaction's isolation level as text, or null when not observable. */
    protected abstract String isolationQuery();

    /** The fastest bulk-load path of this database. */
    protected BulkLoader.Strategy expectedBulkStrategy() {
        return BulkLoader.Strategy.MULTI_ROW_INSERT;
    }

    protected String timestampType() {
        return "timestamp null";
    }

    @BeforeAll
    void createSchema() throws SQLException {
        dataSource = new TestServers.CountingDataSource(createIsolatedDatabase());
        db = open(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table person (id bigint primary key, first_name varchar(50), last_name"
                + " varchar(50), age integer, born_on date)");
            statement.execute("create table pet (id bigint primary key, name varchar(50), owner_id bigint,"
                + " species varchar(20))");
            statement.execute("create table note (id bigint primary key, tenant_id integer, body varchar(50),"
                + " deleted_at " + timestampType() + ")");
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        dropIsolatedDatabase();
    }

    @BeforeEach
    void seed() {
        db.deleteFrom("pet").execute();
        db.deleteFrom("person").execute();
        db.deleteFrom("note").execute();
        db.insertInto(PERSON).columns(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.AGE, PERSON.BORN_ON)
            .values(1L, "Jennifer", "Aniston", 55, LocalDate.of(1969, 2, 11))
            .values(2L, "Arnold", "Schwarzenegger", 77, LocalDate.of(1947, 7, 30))
            .values(3L, "Sylvester", "Stallone", 78, null)
            .execute();
        db.insertInto(PET).columns(PET.ID, PET.NAME, PET.OWNER_ID, PET.SPECIES)
            .values(1L, "Catto", 1L, "cat").values(2L, "Doggo", 2L, "dog").values(3L, "Hammo", 2L, "hamster")
            .execute();
    }

    @Test
    void typedSelectMapsToRecordsWithCamelCaseAndJavaTimeTypes() {
        List<PersonRecord> people = db.withPlugin(new CamelCasePlugin()).selectFrom(PERSON).selectAll()
            .orderBy(PERSON.ID.asc()).into(PersonRecord.class).execute();
        assertThat(people).containsExactly(
            new PersonRecord(1L, "Jennifer", "Aniston", 55, LocalDate.of(1969, 2, 11)),
            new PersonRecord(2L, "Arnold", "Schwarzenegger", 77, LocalDate.of(1947, 7, 30)),
            new PersonRecord(3L, "Sylvester", "Stallone", 78, null));
    }

    @Test
    void stringFormSelectReturnsMaps() {
        List<Map<String, Object>> rows = db.selectFrom("person").select("id", "first_name").where("age", ">", 60)
            .orderBy("id", "desc").execute();
        assertThat(rows).extracting(row -> row.get("first_name")).containsExactly("Sylvester", "Arnold");
        assertThat(rows.get(0)).containsOnlyKeys("id", "first_name");
    }

    @Test
    void joinsGroupByHavingAndRowMapper() {
        List<String> owners = db.selectFrom(PERSON).select(PERSON.FIRST_NAME, count(PET.ID).as("pets"))
            .innerJoin(PET, PET.OWNER_ID.eq(PERSON.ID)).groupBy(PERSON.FIRST_NAME).having(count(PET.ID).gt(1L))
            .map(row -> row.get("first_name") + ":" + ((Number) row.get("pets")).intValue()).execute();
        assertThat(owners).containsExactly("Arnold:2");
        long withoutPets = db.selectFrom(PERSON).leftJoin(PET, PET.OWNER_ID.eq(PERSON.ID)).where(PET.ID.isNull())
            .execute().size();
        assertThat(withoutPets).isEqualTo(1);
    }

    @Test
    void subqueriesInExistsAndDerivedTables() {
        var catOwners = db.selectFrom(PERSON).select(PERSON.FIRST_NAME)
            .where(exists(db.selectFrom(PET).select(PET.ID).where(PET.OWNER_ID.eq(PERSON.ID))
                .where(PET.SPECIES.eq("cat")))).execute();
        assertThat(catOwners).extracting(row -> row.get("first_name")).containsExactly("Jennifer");
        var old = db.selectFrom(db.selectFrom("person").select("id", "age").where("age", ">", 70).as("old"))
            .select(count().as("n")).executeTakeFirstOrThrow();
        assertThat(((Number) old.get("n")).intValue()).isEqualTo(2);
        var inList = db.selectFrom("pet").select("name").where("owner_id", "in", List.of(1L, 3L)).execute();
        assertThat(inList).extracting(row -> row.get("name")).containsExactly("Catto");
    }

    @Test
    void setOperationsCombineQueries() {
        assertThat(union(db)).containsExactly(1L, 2L);
    }

    @Test
    void recursiveCommonTableExpressionsCount() {
        var numbers = countTo(db);
        List<Long> values = db.withRecursive("numbers", List.of("n"), numbers).selectFrom("numbers")
            .map(row -> ((Number) row.get("n")).longValue()).execute();
        assertThat(values).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    private static <D> List<Long> union(Db<D> database) {
        SelectQueryBuilder<D> owners = database.selectFrom("pet").select("owner_id as id");
        return database.selectFrom("person").select("id").where("age", "<", 60).union(owners)
            .except(database.selectFrom("person").select("id").where("id", "=", 99)).orderBy("id")
            .map(row -> ((Number) row.get("id")).longValue()).execute();
    }

    private static <D> SelectQueryBuilder<D> countTo(Db<D> database) {
        return database.selectNoFrom(value(1).as("n"))
            .unionAll(database.selectFrom("numbers").select(column("n", Integer.class).plus(1)).where("n", "<", 5));
    }

    @Test
    void windowFunctionsRankWithinPartitions() {
        var ranked = db.selectFrom(PET).select(PET.NAME,
                rowNumber().over(Window.partitionBy(PET.OWNER_ID).orderBy(PET.NAME.desc())).as("position"))
            .orderBy(PET.ID.asc()).map(row -> row.get("name") + "#" + ((Number) row.get("position")).intValue())
            .execute();
        assertThat(ranked).containsExactly("Catto#1", "Doggo#2", "Hammo#1");
    }

    @Test
    void preparedQueriesCompileOnceAndBindNamedParameters() {
        var byAge = db.withPlugin(new CamelCasePlugin()).selectFrom(PERSON)
            .where(PERSON.AGE.gt(param("minimum", Integer.class))).where(PERSON.LAST_NAME.ne(param("not", String.class)))
            .orderBy(PERSON.ID.asc()).into(PERSON).prepare();
        assertThat(byAge.execute(Map.of("minimum", 60, "not", "Stallone"))).extracting(PersonRecord::firstName)
            .containsExactly("Arnold");
        assertThat(byAge.execute(Map.of("minimum", 10, "not", "x"))).hasSize(3);
        assertThat(byAge.executeTakeFirst(Map.of("minimum", 100, "not", "x"))).isEmpty();
        assertThatThrownBy(() -> byAge.execute(Map.of("minimum", 1))).hasMessage("no value for parameter 'not'");
        assertThatThrownBy(() -> db.selectFrom(PERSON).where(PERSON.ID.eq(param("id", Long.class))).execute())
            .hasMessageContaining("parameter 'id' is not bound");
    }

    @Test
    void updateAndDeleteReturnAffectedRows() {
        assertThat(db.update(PERSON).set(PERSON.AGE, PERSON.AGE.plus(1)).where(PERSON.AGE.gt(70)).execute())
            .isEqualTo(2);
        assertThat(db.selectFrom(PERSON).select(PERSON.AGE).where(PERSON.ID.eq(3L)).executeTakeFirstOrThrow()
            .get("age")).isEqualTo(79);
        assertThat(db.deleteFrom(PET).where(PET.SPECIES.ne("cat")).execute()).isEqualTo(2);
    }

    @Test
    void takeFirstVariants() {
        assertThat(db.selectFrom("person").where("id", "=", 42).executeTakeFirst()).isEmpty();
        assertThatThrownBy(() -> db.selectFrom("person").where("id", "=", 42).executeTakeFirstOrThrow())
            .isInstanceOf(NoResultException.class).hasMessageContaining("person");
        assertThat(db.selectFrom(PERSON).orderBy(PERSON.ID.desc()).into(PERSON).executeTakeFirstOrThrow().id())
            .isEqualTo(3L);
    }

    @Test
    void rawSqlBindsValuesQuotesIdentifiersAndStreams() {
        var rows = db.sql("select {0} from {1} where {2} = {3}", identifier("first_name"), identifier("person"),
            identifier("id"), 2L).execute();
        assertThat(rows).extracting(row -> row.get("first_name")).containsExactly("Arnold");
        // a would-be injection is just an odd value
        assertThat(db.sql("select * from person where last_name = {0}", "x' or '1'='1").execute()).isEmpty();
        try (Stream<Map<String, Object>> stream = db.sql("select id from person order by id").stream(2)) {
            assertThat(stream.map(row -> ((Number) row.get("id")).longValue())).containsExactly(1L, 2L, 3L);
        }
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void streamsThroughACursorAndClosesEverything() {
        String numbers = "with recursive n(i) as (select 1 union all select i + 1 from n where i < 900)"
            + " select i from n";
        try (Stream<Map<String, Object>> rows = db.sql(numbers).stream(100)) {
            assertThat(rows.mapToLong(row -> ((Number) row.get("i")).longValue()).sum()).isEqualTo(900L * 901 / 2);
        }
        assertThat(dataSource.openConnections()).isZero();
        try (Stream<PersonRecord> people = db.selectFrom(PERSON).orderBy(PERSON.ID.asc()).into(PERSON).stream(1)) {
            assertThat(people.limit(1).map(PersonRecord::id)).containsExactly(1L);
        }
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void transactionsCommitOrRollBackAndNestedOnesAreSavepoints() {
        transaction(db, null, tx -> tx.update("person").set("age", 1).where("id", "=", 1L).execute());
        assertThat(age(1L)).isEqualTo(1);
        assertThatThrownBy(() -> transaction(db, null, tx -> {
            tx.update("person").set("age", 2).where("id", "=", 1L).execute();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(age(1L)).isEqualTo(1);
        transaction(db, null, outer -> {
            outer.update("person").set("age", 10).where("id", "=", 1L).execute();
            assertThatThrownBy(() -> transaction(outer, null, inner -> {
                inner.update("person").set("age", 20).where("id", "=", 2L).execute();
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            transaction(outer, null, inner -> inner.update("person").set("age", 30).where("id", "=", 3L).execute());
            return null;
        });
        assertThat(List.of(age(1L), age(2L), age(3L))).containsExactly(10, 77, 30);
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void transactionUsesTheRequestedIsolationLevel() {
        if (isolationQuery() == null) {
            return;
        }
        Object level = transaction(db, IsolationLevel.SERIALIZABLE,
            tx -> tx.sql(isolationQuery()).executeTakeFirstOrThrow().values().iterator().next());
        assertThat(level.toString().toLowerCase().replace('-', ' ')).isEqualTo("serializable");
    }

    private int age(long id) {
        return ((Number) db.selectFrom(PERSON).select(PERSON.AGE).where(PERSON.ID.eq(id)).executeTakeFirstOrThrow()
            .get("age")).intValue();
    }

    @Test
    void upsertInsertsThenUpdates() {
        upsertName(db, 7L, "Keanu");
        upsertName(db, 7L, "Neo");
        assertThat(db.selectFrom("person").select("first_name").where("id", "=", 7L).executeTakeFirstOrThrow())
            .containsEntry("first_name", "Neo");
    }

    @Test
    void tenantFilterPluginScopesEveryStatement() {
        AtomicReference<Object> tenant = new AtomicReference<>(1);
        Db<?> tenantDb = db.withPlugin(new TenantFilterPlugin("tenant_id", Set.of("note"), tenant::get));
        tenantDb.insertInto("note").values(Map.of("id", 1L, "body", "one")).execute();
        tenant.set(2);
        tenantDb.insertInto("note").values(Map.of("id", 2L, "body", "two")).execute();
        assertThat(tenantDb.selectFrom("note").select("body").execute()).extracting(row -> row.get("body"))
            .containsExactly("two");
        assertThat(tenantDb.update("note").set("body", "changed").execute()).isEqualTo(1);
        assertThat(tenantDb.deleteFrom("note").execute()).isEqualTo(1);
        assertThat(db.selectFrom("note").select("id", "tenant_id", "body").execute())
            .extracting(row -> row.get("body") + "/" + ((Number) row.get("tenant_id")).intValue())
            .containsExactly("one/1");
    }

    @Test
    void softDeletePluginTurnsDeletesIntoUpdatesAndHidesDeletedRows() {
        Db<?> softDb = db.withPlugin(new SoftDeletePlugin("deleted_at", Set.of("note")));
        softDb.insertInto("note").values(Map.of("id", 1L, "body", "keep"))
            .values(Map.of("id", 2L, "body", "drop")).execute();
        assertThat(softDb.deleteFrom("note").where("body", "=", "drop").execute()).isEqualTo(1);
        assertThat(softDb.selectFrom("note").select("body").execute()).extracting(row -> row.get("body"))
            .containsExactly("keep");
        var all = db.selectFrom("note").select("body").where(column("deleted_at").isNotNull()).execute();
        assertThat(all).extracting(row -> row.get("body")).containsExactly("drop");
    }

    record OwnerSummary(String firstName, LocalDate bornOn) {
    }

    record PetWithOwners(Long id, String name, List<OwnerSummary> owners) {
    }

    @Test
    void nestedCollectionsDecodeIntoTypedRecords() {
        var owners = db.selectFrom(PERSON).select(PERSON.FIRST_NAME, PERSON.BORN_ON)
            .where(PERSON.ID.eq(PET.OWNER_ID)).orderBy(PERSON.FIRST_NAME.asc());
        List<PetWithOwners> pets = db.selectFrom(PET)
            .select(PET.ID, PET.NAME, jsonArrayFrom(owners, OwnerSummary.class).as("owners"))
            .orderBy(PET.ID.asc()).into(PetWithOwners.class).execute();
        assertThat(pets).containsExactly(
            new PetWithOwners(1L, "Catto", List.of(new OwnerSummary("Jennifer", LocalDate.of(1969, 2, 11)))),
            new PetWithOwners(2L, "Doggo", List.of(new OwnerSummary("Arnold", LocalDate.of(1947, 7, 30)))),
            new PetWithOwners(3L, "Hammo", List.of(new OwnerSummary("Arnold", LocalDate.of(1947, 7, 30)))));
        var none = db.selectFrom(PERSON).select(PERSON.ID, jsonArrayFrom(db.selectFrom(PET).select(PET.NAME)
            .where(PET.OWNER_ID.eq(PERSON.ID)).where(PET.SPECIES.eq("unicorn")), OwnerSummary.class).as("owners"))
            .where(PERSON.ID.eq(3L)).map(row -> row.get("owners").toString()).executeTakeFirstOrThrow();
        assertThat(none.replace(" ", "")).isEqualTo("[]");
    }

    @Test
    void bulkLoaderLoadsAStreamOfRecords() {
        String awkward = "a,\"quoted\"\nname";
        long loaded = db.copyInto(PET).from(LongStream.rangeClosed(100, 5099).mapToObj(
            i -> new PetRecord(i, i == 100 ? awkward : "pet" + i, 1L, i % 2 == 0 ? "cat" : null)));
        assertThat(loaded).isEqualTo(5000);
        assertThat(db.copyInto(PET).strategy()).isEqualTo(expectedBulkStrategy());
        assertThat(((Number) db.selectFrom(PET).select(count().as("n")).executeTakeFirstOrThrow().get("n")).intValue())
            .isEqualTo(5003);
        assertThat(db.withPlugin(new CamelCasePlugin()).selectFrom(PET).where(PET.ID.in(List.of(100L, 101L)))
            .orderBy(PET.ID.asc()).into(PET).execute())
            .containsExactly(new PetRecord(100L, awkward, 1L, "cat"), new PetRecord(101L, "pet101", 1L, null));
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void explainReturnsAPlan() {
        assertThat(db.selectFrom(PERSON).where(PERSON.ID.eq(1L)).explain()).isNotEmpty();
        assertThat(db.update(PERSON).set(PERSON.AGE, 1).where(PERSON.ID.eq(1L)).explain()).isNotEmpty();
        assertThat(db.deleteFrom(PERSON).where(PERSON.AGE.gt(200)).explain()).isNotEmpty();
        assertThat(age(1L)).as("explain does not run the statement").isEqualTo(55);
    }

    @Test
    void databaseErrorsCarrySqlAndSqlState() {
        assertThatThrownBy(() -> db.insertInto(PERSON).set(PERSON.ID, 1L).execute())
            .isInstanceOf(QueryExecutionException.class)
            .satisfies(error -> assertThat(((QueryExecutionException) error).sql()).startsWith("insert into"));
        assertThat(dataSource.openConnections()).isZero();
    }
}
