package io.dosql.query.integration;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.integration.Measurement.MEASUREMENT;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.caseWhen;
import static io.dosql.query.expression.Expressions.column;
import static io.dosql.query.expression.Expressions.count;
import static io.dosql.query.expression.Expressions.denseRank;
import static io.dosql.query.expression.Expressions.excluded;
import static io.dosql.query.expression.Expressions.lag;
import static io.dosql.query.expression.Expressions.sum;
import static io.dosql.query.expression.Expressions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.Db;
import io.dosql.query.Dialect;
import io.dosql.query.DoQuery;
import io.dosql.query.DoSqlDb;
import io.dosql.query.execution.BulkLoader;
import io.dosql.query.execution.IsolationLevel;
import io.dosql.query.execution.QueryExecutionException;
import io.dosql.query.expression.Table;
import io.dosql.query.expression.Window;
import io.dosql.query.node.FrameBound;
import io.dosql.query.plugin.CamelCasePlugin;
import io.dosql.query.plugin.TenantFilterPlugin;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The shared suite on DoSQL embedded ({@code jdbc:dosql:mem:NAME}, one database per test class), plus the
 * PostgreSQL-family features DoSQL speaks: RETURNING, MERGE, DISTINCT ON, FULL and LATERAL joins, FOR
 * UPDATE SKIP LOCKED.
 */
class DoSqlIntegrationTest extends DialectSuite {
    private DoSqlMemoryDataSource memory;

    @Override
    protected DataSource createIsolatedDatabase() throws SQLException {
        memory = new DoSqlMemoryDataSource("query_suite");
        return memory;
    }

    @Override
    protected void dropIsolatedDatabase() throws SQLException {
        memory.close();
    }

    @Override
    protected Db<?> open(DataSource source) {
        return DoQuery.using(source, Dialect.DOSQL);
    }

    private DoSqlDb dosql() {
        return (DoSqlDb) db;
    }

    @Override
    protected <T> T transaction(Db<?> database, IsolationLevel isolation, Function<Db<?>, T> body) {
        return ((DoSqlDb) database).transaction(isolation, tx -> body.apply(tx));
    }

    @Override
    protected long upsertName(Db<?> database, long id, String firstName) {
        return ((DoSqlDb) database).insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME, firstName)
            .onConflict(PERSON.ID).doUpdateSet(u -> u.set(PERSON.FIRST_NAME, excluded(PERSON.FIRST_NAME))).execute();
    }

    @Override
    protected BulkLoader.Strategy expectedBulkStrategy() {
        return BulkLoader.Strategy.PREPARED_BATCH;
    }

    @Override
    protected String isolationQuery() {
        return "show transaction_isolation";
    }

    // ---- PostgreSQL-family features ----

    @Test
    void returningYieldsRows() {
        Map<String, Object> inserted = dosql().insertInto(PERSON).set(PERSON.ID, 10L).set(PERSON.FIRST_NAME, "Ann")
            .returning(PERSON.ID, PERSON.FIRST_NAME).executeTakeFirstOrThrow();
        assertThat(inserted).containsEntry("id", 10L).containsEntry("first_name", "Ann");
        assertThat(dosql().update(PERSON).set(PERSON.AGE, 5).where(PERSON.ID.eq(10L)).returning("age").execute())
            .containsExactly(Map.of("age", 5));
        assertThat(dosql().deleteFrom(PERSON).where(PERSON.ID.eq(10L)).returningAll().execute()).hasSize(1);
    }

    @Test
    void onConflictDoNothingKeepsTheExistingRow() {
        assertThat(dosql().insertInto(PERSON).set(PERSON.ID, 1L).set(PERSON.FIRST_NAME, "Other")
            .onConflict(PERSON.ID).doNothing().execute()).isZero();
        assertThat(dosql().selectFrom(PERSON).select(PERSON.FIRST_NAME).where(PERSON.ID.eq(1L))
            .executeTakeFirstOrThrow()).containsEntry("first_name", "Jennifer");
    }

    @Test
    void mergeUpdatesInsertsAndDeletes() {
        long changed = dosql().mergeInto(PERSON, PET.as("p"), PERSON.ID.eq(PET.as("p").ID))
            .whenMatchedAndThenDelete(column("p.species", String.class).eq("hamster"))
            .whenMatchedThenUpdate(u -> u.set(PERSON.LAST_NAME, column("p.name", String.class)))
            .whenNotMatchedThenInsert(Map.of("id", column("p.id"), "first_name", column("p.name")))
            .execute();
        assertThat(changed).isEqualTo(3);
        assertThat(dosql().selectFrom(PERSON).select(PERSON.ID, PERSON.LAST_NAME).orderBy(PERSON.ID.asc())
            .map(row -> row.get("id") + ":" + row.get("last_name")).execute())
            .containsExactly("1:Catto", "2:Doggo");
    }

    @Test
    void lateralJoin() {
        var firstPet = dosql().selectFrom(PET).select(PET.NAME).where(PET.OWNER_ID.eq(PERSON.ID))
            .orderBy(PET.NAME.asc()).limit(1).as("first_pet");
        assertThat(dosql().selectFrom(PERSON).select(PERSON.ID, column("first_pet.name")).innerJoinLateral(firstPet,
                value(true).eq(true)).orderBy(PERSON.ID.asc()).map(row -> row.get("name")).execute())
            .containsExactly("Catto", "Doggo");
    }

    @Test
    void distinctOnKeepsTheFirstRowOfEachGroup() {
        assertThat(dosql().selectFrom(PET).distinctOn(PET.OWNER_ID).select(PET.OWNER_ID, PET.NAME)
            .orderBy(PET.OWNER_ID.asc(), PET.NAME.asc()).map(row -> row.get("name")).execute())
            .containsExactly("Catto", "Doggo");
    }

    @Test
    void fullJoinKeepsUnmatchedRowsOfBothSides() {
        dosql().insertInto(PET).set(PET.ID, 4L).set(PET.NAME, "Stray").set(PET.OWNER_ID, 99L).execute();
        assertThat(dosql().selectFrom(PERSON).fullJoin(PET, PET.OWNER_ID.eq(PERSON.ID)).execute()).hasSize(5);
    }

    @Test
    void intersectAllAndExceptAllKeepDuplicates() {
        var owners = dosql().selectFrom(PET).select(PET.OWNER_ID.as("id"));
        assertThat(dosql().selectFrom(PET).select(PET.OWNER_ID.as("id")).intersectAll(owners).orderBy("id")
            .map(row -> row.get("id")).execute()).containsExactly(1L, 2L, 2L);
        assertThat(dosql().selectFrom(PET).select(PET.OWNER_ID.as("id"))
            .exceptAll(dosql().selectFrom(PERSON).select(PERSON.ID)).map(row -> row.get("id")).execute())
            .containsExactly(2L);
    }

    @Test
    void nullsLastAndWindowFramesAndNavigationFunctions() {
        assertThat(dosql().selectFrom(PERSON).select(PERSON.BORN_ON).orderBy(PERSON.BORN_ON.desc().nullsLast())
            .map(row -> row.get("born_on")).execute())
            .containsExactly(LocalDate.of(1969, 2, 11), LocalDate.of(1947, 7, 30), null);
        var running = dosql().selectFrom(PET).select(PET.NAME, lag(PET.NAME).over(Window.orderedBy(PET.ID.asc()))
                .as("previous"), sum(PET.ID).over(Window.orderedBy(PET.ID.asc())
                .rows(FrameBound.preceding(1), FrameBound.currentRow())).as("pair"),
                denseRank().over(Window.orderedBy(PET.OWNER_ID.asc())).as("owner_rank"))
            .orderBy(PET.ID.asc())
            .map(row -> row.get("name") + "<" + row.get("previous") + ">" + ((Number) row.get("pair")).intValue()
                + "#" + ((Number) row.get("owner_rank")).intValue())
            .execute();
        assertThat(running).containsExactly("Catto<null>1#1", "Doggo<Catto>3#2", "Hammo<Doggo>5#2");
    }

    @Test
    void groupsWindowFrames() {
        assertThat(dosql().selectFrom(PET).select(PET.NAME, sum(PET.ID).over(Window.orderedBy(PET.OWNER_ID.asc())
                .groups(FrameBound.preceding(1), FrameBound.currentRow())).as("total")).orderBy(PET.ID.asc())
            .map(row -> ((Number) row.get("total")).intValue()).execute()).containsExactly(1, 6, 6);
    }

    @Test
    void updateFromAndDeleteUsing() {
        assertThat(dosql().update(PERSON).set(PERSON.LAST_NAME, column("pet.name", String.class)).from(PET)
            .where(PET.OWNER_ID.eq(PERSON.ID)).where(PET.SPECIES.eq("dog")).execute()).isEqualTo(1);
        assertThat(dosql().selectFrom(PERSON).select(PERSON.LAST_NAME).where(PERSON.ID.eq(2L))
            .executeTakeFirstOrThrow()).containsEntry("last_name", "Doggo");
        assertThat(dosql().deleteFrom(PET).using(PERSON).where(PET.OWNER_ID.eq(PERSON.ID))
            .where(PERSON.LAST_NAME.eq("Doggo")).execute()).isEqualTo(2);
        assertThat(dosql().selectFrom(PET).execute()).hasSize(1);
    }

    @Test
    void rightJoinCaseCastAndCaseInsensitiveLike() {
        dosql().insertInto(PET).set(PET.ID, 4L).set(PET.NAME, "Stray").set(PET.OWNER_ID, 99L).execute();
        assertThat(dosql().selectFrom(PERSON).select(PET.NAME, PERSON.FIRST_NAME).rightJoin(PET,
                PET.OWNER_ID.eq(PERSON.ID)).orderBy(PET.ID.asc())
            .map(row -> row.get("name") + ":" + row.get("first_name"))
            .execute()).containsExactly("Catto:Jennifer", "Doggo:Arnold", "Hammo:Arnold", "Stray:null");
        assertThat(dosql().selectFrom(PERSON).select(caseWhen(PERSON.AGE.gt(60), "old").otherwise("young").as("kind"),
                PERSON.AGE.cast("text", String.class).as("age_text")).where(PERSON.FIRST_NAME.ilike("jen%"))
            .executeTakeFirstOrThrow()).containsEntry("kind", "young").containsEntry("age_text", "55");
    }

    @Test
    void onConflictUpdateWithAConditionAndReturning() {
        assertThat(dosql().insertInto(PERSON).set(PERSON.ID, 1L).set(PERSON.FIRST_NAME, "Jen").onConflict(PERSON.ID)
            .doUpdateSet(u -> u.set(PERSON.FIRST_NAME, excluded(PERSON.FIRST_NAME)), PERSON.AGE.gt(100)).execute())
            .isZero();
        assertThat(dosql().insertInto(PERSON).set(PERSON.ID, 1L).set(PERSON.FIRST_NAME, "Jen").onConflict(PERSON.ID)
            .doUpdateSet(u -> u.set(PERSON.FIRST_NAME, excluded(PERSON.FIRST_NAME)), PERSON.AGE.lt(100))
            .returning(PERSON.FIRST_NAME).execute()).containsExactly(Map.of("first_name", "Jen"));
    }

    @Test
    void withClauseInFrontOfInsertSelect() {
        var young = dosql().selectFrom(PERSON).select(PERSON.ID).where(PERSON.AGE.lt(60));
        assertThat(dosql().with("young", young).insertInto(PET).columns(PET.ID, PET.NAME)
            .fromSelect(dosql().selectFrom("young").select(column("id", Long.class).plus(100L), value("Young")))
            .execute())
            .isEqualTo(1);
    }

    @Test
    void forShareAndNoWaitInATransaction() {
        List<Object> shared = dosql().transaction(tx -> tx.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(2L))
            .forShare().noWait().map(row -> row.get("id")).execute());
        assertThat(shared).containsExactly(2L);
    }

    @Test
    void forUpdateSkipLockedInATransaction() {
        List<Object> locked = dosql().transaction(tx -> tx.selectFrom(PERSON).select(PERSON.ID)
            .orderBy(PERSON.ID.asc()).limit(1).forUpdate().skipLocked().map(row -> row.get("id")).execute());
        assertThat(locked).containsExactly(1L);
    }

    @Test
    void bulkLoaderRoundTripsTypedRowsInPreparedBatches() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists measurement");
            statement.execute(Measurement.CREATE_TABLE);
        }
        long rows = 20_000;
        assertThat(db.copyInto(MEASUREMENT).strategy()).isEqualTo(BulkLoader.Strategy.PREPARED_BATCH);
        assertThat(db.copyInto(MEASUREMENT).batchSize(512).from(LongStream.rangeClosed(1, rows)
            .mapToObj(Measurement.Row::number))).isEqualTo(rows);
        List<Measurement.Row> sample = db.withPlugin(new CamelCasePlugin()).selectFrom(MEASUREMENT)
            .where(MEASUREMENT.ID.in(List.of(1L, 2L, 7L, 19_999L))).orderBy(MEASUREMENT.ID.asc()).into(MEASUREMENT)
            .execute();
        assertThat(sample).containsExactly(Measurement.Row.number(1), Measurement.Row.number(2),
            Measurement.Row.number(7), Measurement.Row.number(19_999));
        // typed values bind as parameters of their own type in comparisons too
        Measurement.Row twelve = Measurement.Row.number(12);
        assertThat(db.selectFrom(MEASUREMENT).select(MEASUREMENT.ID).where(MEASUREMENT.TOKEN.eq(twelve.token()))
            .where(MEASUREMENT.TAKEN_ON.eq(twelve.takenOn())).where(MEASUREMENT.AMOUNT.eq(twelve.amount()))
            .where(MEASUREMENT.RECORDED_AT.eq(twelve.recordedAt())).where(MEASUREMENT.ACTIVE.eq(true))
            .map(row -> row.get("id")).execute()).containsExactly(12L);
        Map<String, Object> totals = db.selectFrom(MEASUREMENT)
            .select(count().as("n"), count(MEASUREMENT.TOKEN).as("tokens"), sum(MEASUREMENT.AMOUNT).as("amount"))
            .executeTakeFirstOrThrow();
        long nonNull = rows - rows / 7;
        BigDecimal expectedAmount = BigDecimal.valueOf(LongStream.rangeClosed(1, rows).filter(id -> id % 7 != 0).sum())
            .movePointLeft(2);
        assertThat(((Number) totals.get("n")).longValue()).isEqualTo(rows);
        assertThat(((Number) totals.get("tokens")).longValue()).isEqualTo(nonNull);
        assertThat(new BigDecimal(totals.get("amount").toString())).isEqualByComparingTo(expectedAmount);
        assertThat(dataSource.openConnections()).isZero();
    }

    /** The {@code pet} table seen through a record without {@code species}, which a plugin fills in. */
    static final class PetName extends Table<PetName.Row> {
        static final PetName PET_NAME = new PetName();

        record Row(Long id, String name) {
        }

        private PetName() {
            super(null, "pet", null, Row.class);
            column("id", Long.class);
            column("name", String.class);
        }

        @Override
        public PetName as(String alias) {
            throw new UnsupportedOperationException("not aliased in tests");
        }
    }

    @Test
    void preparedBatchesKeepTheParametersPluginsAdd() {
        Db<?> tenantDb = db.withPlugin(new TenantFilterPlugin("species", Set.of("pet"), () -> "tenant-7"));
        assertThat(tenantDb.copyInto(PetName.PET_NAME).batchSize(3).from(LongStream.rangeClosed(100, 109)
            .mapToObj(i -> new PetName.Row(i, "pet" + i)))).isEqualTo(10);
        assertThat(db.selectFrom(PET).select(PET.NAME, PET.SPECIES).where(PET.ID.ge(100L)).orderBy(PET.ID.asc())
            .map(row -> row.get("name") + "/" + row.get("species")).execute())
            .hasSize(10).startsWith("pet100/tenant-7").endsWith("pet109/tenant-7")
            .allSatisfy(text -> assertThat(text).endsWith("/tenant-7"));
    }

    @Test
    void bulkLoaderRollsBackEveryBatchWhenOneRowFails() throws SQLException {
        long before = db.selectFrom(PET).execute().size();
        assertThatThrownBy(() -> db.copyInto(PET).batchSize(10).from(LongStream.rangeClosed(100, 150)
            .mapToObj(i -> new io.dosql.query.PetRecord(i == 140 ? 100L : i, "pet" + i, 1L, null))))
            .isInstanceOf(QueryExecutionException.class)
            .satisfies(error -> assertThat(((QueryExecutionException) error).sqlState()).isEqualTo("23505"));
        assertThat(db.selectFrom(PET).execute()).hasSize((int) before);
        assertThat(dataSource.openConnections()).isZero();
    }

    @Test
    void uniqueViolationCarriesSqlState() {
        assertThatThrownBy(() -> dosql().insertInto(PERSON).set(PERSON.ID, 1L).execute())
            .isInstanceOf(QueryExecutionException.class)
            .satisfies(error -> assertThat(((QueryExecutionException) error).sqlState()).isEqualTo("23505"));
    }
}
