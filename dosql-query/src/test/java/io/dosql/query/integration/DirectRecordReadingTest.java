package io.dosql.query.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.Db;
import io.dosql.query.DoQuery;
import io.dosql.query.plugin.CamelCasePlugin;
import io.dosql.query.plugin.QueryPlugin;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records read straight from the result set (no row maps, labels matched once per SQL text) on DoSQL
 * embedded: the same records, conversions and errors as the row-map path, on first and cached runs.
 */
class DirectRecordReadingTest {
    private DoSqlMemoryDataSource memory;
    private Db<?> db;

    record Member(long id, String firstName, LocalDate joinedOn, Long points, Integer rank) {
    }

    record RawMember(long id, String first_name, LocalDate joined_on) {
    }

    record Points(long id, int points) {
    }

    record Renamed(long identifier, String nickname) {
    }

    record UpperCase(long ID, String FIRST_NAME) {
    }

    @BeforeEach
    void createTable() throws SQLException {
        memory = new DoSqlMemoryDataSource("direct_reading");
        try (Connection connection = memory.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table member (id bigint primary key, first_name text, joined_on date,"
                + " points integer, rank integer)");
            statement.execute("insert into member values (1, 'Ada', date '2024-01-15', 10, 1),"
                + " (2, 'Bob', date '2023-06-30', null, null), (3, 'Cy', null, 7, 2)");
        }
        db = DoQuery.dosql(memory);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        memory.close();
    }

    @Test
    void camelCasePluginMapsSnakeCaseColumnsOnFirstAndCachedRuns() {
        Db<?> camel = db.withPlugin(new CamelCasePlugin());
        for (int run = 0; run < 3; run++) {
            List<Member> members = camel.selectFrom("member").select("id", "firstName", "joinedOn", "points", "rank")
                .orderBy("id").into(Member.class).execute();
            assertThat(members).containsExactly(
                new Member(1, "Ada", LocalDate.of(2024, 1, 15), 10L, 1),
                new Member(2, "Bob", LocalDate.of(2023, 6, 30), null, null),
                new Member(3, "Cy", null, 7L, 2));
        }
    }

    @Test
    void directRecordsEqualTheRowMapPath() {
        List<RawMember> direct = db.selectFrom("member").select("id", "first_name", "joined_on").orderBy("id")
            .into(RawMember.class).execute();
        List<RawMember> throughMaps = db.selectFrom("member").select("id", "first_name", "joined_on").orderBy("id")
            .map(row -> new RawMember(((Number) row.get("id")).longValue(), (String) row.get("first_name"),
                (LocalDate) row.get("joined_on"))).execute();
        assertThat(direct).isEqualTo(throughMaps).hasSize(3);
        assertThat(direct.get(0)).isEqualTo(new RawMember(1, "Ada", LocalDate.of(2024, 1, 15)));
    }

    @Test
    void executeTakeFirstReadsOneRowAndNoneAsEmpty() {
        assertThat(db.selectFrom("member").select("id", "points").where("id", "=", 3L).into(Points.class)
            .executeTakeFirst()).contains(new Points(3, 7));
        assertThat(db.selectFrom("member").select("id", "points").where("id", "=", 99L).into(Points.class)
            .executeTakeFirst()).isEmpty();
    }

    @Test
    void nullIntoPrimitiveComponentNamesTheColumn() {
        assertThat(db.selectFrom("member").select("id", "points").where("id", "=", 1L).into(Points.class)
            .executeTakeFirstOrThrow()).isEqualTo(new Points(1, 10));
        // the same SQL text again, now on the cached column layout
        assertThatThrownBy(() -> db.selectFrom("member").select("id", "points").where("id", "=", 2L)
            .into(Points.class).executeTakeFirstOrThrow())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("column 'points' of Points")
            .hasMessageContaining("null cannot be stored in a int");
    }

    @Test
    void componentsWithoutColumnsAreNullAndAPrimitiveOneFailsClearly() {
        assertThatThrownBy(() -> db.selectFrom("member").select("id", "first_name").where("id", "=", 1L)
            .into(Renamed.class).executeTakeFirst())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("column 'identifier' of Renamed")
            .hasMessageContaining("null cannot be stored in a long");
    }

    @Test
    void labelsMatchComponentsIgnoringCase() {
        assertThat(db.selectFrom("member").select("id", "first_name").where("id", "=", 3L).into(UpperCase.class)
            .executeTakeFirst()).contains(new UpperCase(3, "Cy"));
    }

    @Test
    void oneSqlTextMappedToTwoRecordTypes() {
        for (int run = 0; run < 2; run++) {
            assertThat(db.selectFrom("member").select("id", "first_name").where("id", "=", 1L)
                .into(UpperCase.class).executeTakeFirst()).contains(new UpperCase(1, "Ada"));
            assertThat(db.selectFrom("member").select("id", "first_name").where("id", "=", 1L)
                .into(RawMember.class).executeTakeFirst()).contains(new RawMember(1, "Ada", null));
        }
    }

    @Test
    void aConversionThatCannotWorkNamesTheColumn() {
        record WrongType(long id, LocalDate firstName) {
        }
        assertThatThrownBy(() -> db.withPlugin(new CamelCasePlugin()).selectFrom("member").select("id", "firstName")
            .where("id", "=", 1L).into(WrongType.class).execute())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("column 'firstName' of WrongType");
    }

    @Test
    void aPluginThatRewritesRowsStillSeesEveryRow() {
        QueryPlugin shout = new QueryPlugin() {
            @Override
            public Map<String, Object> transformResult(Map<String, Object> row) {
                Map<String, Object> result = new LinkedHashMap<>(row);
                result.put("first_name", ((String) row.get("first_name")).toUpperCase());
                return result;
            }
        };
        assertThat(db.withPlugin(shout).selectFrom("member").select("id", "first_name", "joined_on")
            .where("id", "=", 2L).into(RawMember.class).executeTakeFirst())
            .contains(new RawMember(2, "BOB", LocalDate.of(2023, 6, 30)));
    }

    @Test
    void preparedQueryReadsRecordsDirectly() {
        var byId = db.withPlugin(new CamelCasePlugin()).selectFrom("member")
            .select("id", "firstName", "joinedOn", "points", "rank")
            .where("id", "=", io.dosql.query.expression.Expressions.param("id", Long.class))
            .into(Member.class).prepare();
        assertThat(byId.executeTakeFirst(Map.of("id", 3L))).contains(new Member(3, "Cy", null, 7L, 2));
        assertThat(byId.executeTakeFirst(Map.of("id", 1L)))
            .contains(new Member(1, "Ada", LocalDate.of(2024, 1, 15), 10L, 1));
        assertThat(byId.executeTakeFirst(Map.of("id", 4L))).isEmpty();
    }
}
