package io.dosql.query.compiler;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.caseWhen;
import static io.dosql.query.expression.Expressions.coalesce;
import static io.dosql.query.expression.Expressions.column;
import static io.dosql.query.expression.Expressions.count;
import static io.dosql.query.expression.Expressions.countDistinct;
import static io.dosql.query.expression.Expressions.excluded;
import static io.dosql.query.expression.Expressions.exists;
import static io.dosql.query.expression.Expressions.fn;
import static io.dosql.query.expression.Expressions.identifier;
import static io.dosql.query.expression.Expressions.lower;
import static io.dosql.query.expression.Expressions.max;
import static io.dosql.query.expression.Expressions.not;
import static io.dosql.query.expression.Expressions.now;
import static io.dosql.query.expression.Expressions.or;
import static io.dosql.query.expression.Expressions.rowNumber;
import static io.dosql.query.expression.Expressions.sql;
import static io.dosql.query.expression.Expressions.sum;
import static io.dosql.query.expression.Expressions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.Db;
import io.dosql.query.DoQuery;
import io.dosql.query.DoSqlDb;
import io.dosql.query.MySqlDb;
import io.dosql.query.PostgresDb;
import io.dosql.query.SqliteDb;
import io.dosql.query.UnreachableDataSource;
import io.dosql.query.builder.QueryNodeSource;
import io.dosql.query.builder.SelectQueryBuilder;
import io.dosql.query.dialect.UnsupportedFeatureException;
import io.dosql.query.expression.Window;
import io.dosql.query.node.FrameBound;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The same builder calls compiled for every dialect, asserting (sql, parameters) as Kysely's tests do. */
class QueryCompilerTest {
    private static final PostgresDb POSTGRES = DoQuery.postgres(new UnreachableDataSource());
    private static final MySqlDb MYSQL = DoQuery.mysql(new UnreachableDataSource());
    private static final SqliteDb SQLITE = DoQuery.sqlite(new UnreachableDataSource());
    private static final DoSqlDb DOSQL = DoQuery.dosql(new UnreachableDataSource());
    private static final List<Db<?>> ALL = List.of(POSTGRES, MYSQL, SQLITE, DOSQL);

    /** Expected SQL per dialect: MySQL defaults to PostgreSQL's text with backticks, SQLite to PostgreSQL's. */
    private static void check(Function<Db<?>, QueryNodeSource> query, String postgres, String mysql, String sqlite,
                              Object... parameters) {
        for (Db<?> db : ALL) {
            var node = query.apply(db).toQueryNode();
            CompiledQuery compiled = db.executor().compile(node);
            // a second compile of the same shape comes from the dialect's ShapeCache; both match a fresh compiler
            CompiledQuery again = db.executor().compile(query.apply(db).toQueryNode());
            CompiledQuery fresh = db.dialect().newCompiler().compile(db.executor().transform(node));
            assertThat(again).as(db.dialect().name() + " again").isEqualTo(compiled);
            assertThat(fresh).as(db.dialect().name() + " fresh").isEqualTo(compiled);
            String expected = switch (db.dialect().name()) {
                case "MYSQL" -> mysql != null ? mysql : postgres.replace('"', '`');
                case "SQLITE" -> sqlite != null ? sqlite : postgres;
                default -> postgres;
            };
            assertThat(compiled.sql()).as(db.dialect().name()).isEqualTo(expected);
            assertThat(compiled.parameters()).as(db.dialect().name()).isEqualTo(Arrays.asList(parameters));
        }
    }

    private static void check(Function<Db<?>, QueryNodeSource> query, String postgres, Object... parameters) {
        check(query, postgres, null, null, parameters);
    }

    @Test
    void stringBasedSelect() {
        check(db -> db.selectFrom("person").select("id", "first_name").where("age", ">", 18),
            "select \"id\", \"first_name\" from \"person\" where \"age\" > ?", 18);
    }

    @Test
    void typedSelectWithNestedAndOr() {
        check(db -> db.selectFrom(PERSON).select(PERSON.ID, PERSON.FIRST_NAME.as("name"))
                .where(PERSON.AGE.ge(18).and(PERSON.LAST_NAME.eq("Doe").or(PERSON.LAST_NAME.isNull()))),
            "select \"person\".\"id\", \"person\".\"first_name\" as \"name\" from \"person\" where \"person\".\"age\" >= ?"
                + " and (\"person\".\"last_name\" = ? or \"person\".\"last_name\" is null)", 18, "Doe");
    }

    @Test
    void notOrAndGrouping() {
        check(db -> db.selectFrom("person").where(not(or(column("age").lt(18), column("age").gt(65))))
                .where("last_name", "is not", null),
            "select * from \"person\" where not (\"age\" < ? or \"age\" > ?) and \"last_name\" is not null", 18, 65);
    }

    @Test
    void orWhereAddsDisjunction() {
        check(db -> db.selectFrom("person").where("age", "<", 18).where("age", ">", 10).orWhere("id", "=", 1),
            "select * from \"person\" where \"age\" < ? and \"age\" > ? or \"id\" = ?", 18, 10, 1);
    }

    @Test
    void joinsWithAliases() {
        check(db -> db.selectFrom("person as p").select("p.id", "pet.name as pet_name")
                .innerJoin("pet", "pet.owner_id", "p.id").leftJoin("toy as t", "t.pet_id", "pet.id")
                .crossJoin("color"),
            "select \"p\".\"id\", \"pet\".\"name\" as \"pet_name\" from \"person\" as \"p\" inner join \"pet\" on"
                + " \"pet\".\"owner_id\" = \"p\".\"id\" left join \"toy\" as \"t\" on \"t\".\"pet_id\" = \"pet\".\"id\""
                + " cross join \"color\"");
    }

    @Test
    void typedJoinWithAliasedTable() {
        var owner = PERSON.as("owner");
        check(db -> db.selectFrom(PET).select(PET.NAME, owner.FIRST_NAME).innerJoin(owner, PET.OWNER_ID.eq(owner.ID)),
            "select \"pet\".\"name\", \"owner\".\"first_name\" from \"pet\" inner join \"person\" as \"owner\" on"
                + " \"pet\".\"owner_id\" = \"owner\".\"id\"");
    }

    @Test
    void distinctGroupByHavingOrderLimitOffset() {
        check(db -> db.selectFrom(PET).distinct().select(PET.SPECIES, count().as("n")).groupBy(PET.SPECIES)
                .having(count().gt(2L)).orderBy(PET.SPECIES.desc()).orderBy("n").limit(10).offset(5),
            "select distinct \"pet\".\"species\", count(*) as \"n\" from \"pet\" group by \"pet\".\"species\""
                + " having count(*) > ? order by \"pet\".\"species\" desc, \"n\" limit ? offset ?", 2L, 10L, 5L);
    }

    @Test
    void offsetWithoutLimitDiffersByDialect() {
        check(db -> db.selectFrom("person").offset(20),
            "select * from \"person\" offset ?",
            "select * from `person` limit 18446744073709551615 offset ?",
            "select * from \"person\" limit -1 offset ?", 20L);
    }

    @Test
    void setOperations() {
        check(db -> union(db),
            "select \"id\" from \"person\" union select \"owner_id\" from \"pet\" except select \"id\" from \"banned\""
                + " order by \"id\"");
    }

    private static <D> SelectQueryBuilder<D> union(Db<D> db) {
        return db.selectFrom("person").select("id").union(db.selectFrom("pet").select("owner_id"))
            .except(db.selectFrom("banned").select("id")).orderBy("id");
    }

    @Test
    void unionAllWithLimitedRightSideIsParenthesised() {
        check(db -> unionAll(db),
            "select \"id\" from \"a\" union all (select \"id\" from \"b\" order by \"id\" limit ?)", 3L);
    }

    private static <D> SelectQueryBuilder<D> unionAll(Db<D> db) {
        return db.selectFrom("a").select("id").unionAll(db.selectFrom("b").select("id").orderBy("id").limit(3));
    }

    @Test
    void intersectAllIsRejectedOnSqlite() {
        assertThatThrownBy(() -> SQLITE.selectFrom("a").intersectAll(SQLITE.selectFrom("b")))
            .isInstanceOf(UnsupportedFeatureException.class)
            .hasMessage("SQLite does not support INTERSECT ALL / EXCEPT ALL");
        assertThat(MYSQL.selectFrom("a").intersectAll(MYSQL.selectFrom("b")).compile().sql())
            .isEqualTo("select * from `a` intersect all select * from `b`");
    }

    @Test
    void predicates() {
        check(db -> db.selectFrom(PERSON).where(PERSON.ID.in(List.of(1L, 2L, 3L)))
                .where(PERSON.AGE.between(20, 30)).where(PERSON.FIRST_NAME.like("J%"))
                .where(PERSON.LAST_NAME.notIn(List.of("X")))
                .where(exists(db.selectFrom(PET).select(PET.ID).where(PET.OWNER_ID.eq(PERSON.ID)))),
            "select * from \"person\" where \"person\".\"id\" in (?, ?, ?) and \"person\".\"age\" between ? and ?"
                + " and \"person\".\"first_name\" like ? and \"person\".\"last_name\" not in (?) and exists"
                + " (select \"pet\".\"id\" from \"pet\" where \"pet\".\"owner_id\" = \"person\".\"id\")",
            1L, 2L, 3L, 20, 30, "J%", "X");
    }

    @Test
    void inSubqueryAndStringIn() {
        check(db -> db.selectFrom("person").where("id", "in", List.of(1, 2))
                .where(PERSON.ID.in(petOwners(db))),
            "select * from \"person\" where \"id\" in (?, ?) and \"person\".\"id\" in (select \"pet\".\"owner_id\" from"
                + " \"pet\" where \"pet\".\"species\" = ?)", 1, 2, "cat");
    }

    private static io.dosql.query.expression.Subquery<Long> petOwners(Db<?> db) {
        var select = db.selectFrom(PET).select(PET.OWNER_ID).where(PET.SPECIES.eq("cat"));
        return select::toSelectNode;
    }

    @Test
    void ilikeIsEmulatedOutsidePostgres() {
        check(db -> db.selectFrom(PERSON).where(PERSON.FIRST_NAME.ilike("j%")),
            "select * from \"person\" where \"person\".\"first_name\" ilike ?",
            "select * from `person` where lower(`person`.`first_name`) like lower(?)",
            "select * from \"person\" where lower(\"person\".\"first_name\") like lower(?)", "j%");
    }

    @Test
    void caseCastAndFunctions() {
        check(db -> db.selectFrom(PERSON).select(
                caseWhen(PERSON.AGE.lt(18), "minor").when(PERSON.AGE.lt(65), "adult").otherwise("senior").as("band"),
                PERSON.AGE.cast("text", String.class).as("age_text"),
                coalesce(PERSON.LAST_NAME, "?").as("last"), lower(PERSON.FIRST_NAME), max(PERSON.AGE),
                countDistinct(PERSON.LAST_NAME), sum(PERSON.AGE.plus(1)), fn("abs", PERSON.AGE)),
            "select case when \"person\".\"age\" < ? then ? when \"person\".\"age\" < ? then ? else ? end as \"band\","
                + " cast(\"person\".\"age\" as text) as \"age_text\", coalesce(\"person\".\"last_name\", ?) as \"last\","
                + " lower(\"person\".\"first_name\"), max(\"person\".\"age\"), count(distinct \"person\".\"last_name\"),"
                + " sum(\"person\".\"age\" + ?), abs(\"person\".\"age\") from \"person\"",
            "select case when `person`.`age` < ? then ? when `person`.`age` < ? then ? else ? end as `band`,"
                + " cast(`person`.`age` as char) as `age_text`, coalesce(`person`.`last_name`, ?) as `last`,"
                + " lower(`person`.`first_name`), max(`person`.`age`), count(distinct `person`.`last_name`),"
                + " sum(`person`.`age` + ?), abs(`person`.`age`) from `person`",
            null, 18, "minor", 65, "adult", "senior", "?", 1);
    }

    @Test
    void nowIsCurrentTimestampOnSqlite() {
        check(db -> db.selectNoFrom(now().as("t")), "select now() as \"t\"", null,
            "select current_timestamp as \"t\"");
    }

    @Test
    void windowFunctions() {
        check(db -> db.selectFrom(PERSON).select(PERSON.ID,
                rowNumber().over(Window.partitionBy(PERSON.LAST_NAME).orderBy(PERSON.AGE.desc())).as("rank"),
                sum(PERSON.AGE).over(Window.orderedBy(PERSON.ID.asc())
                    .rows(FrameBound.unboundedPreceding(), FrameBound.currentRow())).as("running")),
            "select \"person\".\"id\", row_number() over (partition by \"person\".\"last_name\" order by"
                + " \"person\".\"age\" desc) as \"rank\", sum(\"person\".\"age\") over (order by \"person\".\"id\""
                + " rows between unbounded preceding and current row) as \"running\" from \"person\"");
    }

    @Test
    void arithmeticParenthesesFollowPrecedence() {
        check(db -> db.selectNoFrom(PERSON.AGE.minus(PERSON.AGE.minus(1)).times(2).as("x")),
            "select (\"person\".\"age\" - (\"person\".\"age\" - ?)) * ? as \"x\"", 1, 2);
    }

    @Test
    void multiRowInsertFromMaps() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("first_name", "Ann");
        first.put("age", 30);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("first_name", "Bob");
        second.put("age", null);
        check(db -> db.insertInto("person").values(List.of(first, second)),
            "insert into \"person\" (\"first_name\", \"age\") values (?, ?), (?, ?)", "Ann", 30, "Bob", null);
    }

    @Test
    void typedInsertAndInsertFromSelect() {
        check(db -> db.insertInto(PERSON).set(PERSON.FIRST_NAME, "Ann").set(PERSON.AGE, 30),
            "insert into \"person\" (\"first_name\", \"age\") values (?, ?)", "Ann", 30);
        check(db -> insertSelect(db),
            "insert into \"archive\" (\"id\", \"name\") select \"id\", \"first_name\" from \"person\" where \"age\" > ?",
            90);
    }

    private static <D> QueryNodeSource insertSelect(Db<D> db) {
        return db.insertInto("archive").columns("id", "name")
            .fromSelect(db.selectFrom("person").select("id", "first_name").where("age", ">", 90));
    }

    @Test
    void upsertsPerDialect() {
        String conflict = "insert into \"person\" (\"id\", \"first_name\") values (?, ?) on conflict (\"id\") do update"
            + " set \"first_name\" = excluded.\"first_name\", \"age\" = \"person\".\"age\" + ? returning \"id\"";
        for (var db : List.of(POSTGRES.insertInto(PERSON), SQLITE.insertInto(PERSON))) {
            assertThat(db.columns(PERSON.ID, PERSON.FIRST_NAME).values(1L, "Ann").onConflict(PERSON.ID)
                .doUpdateSet(u -> u.set(PERSON.FIRST_NAME, excluded(PERSON.FIRST_NAME))
                    .set(PERSON.AGE, PERSON.AGE.plus(1)))
                .returning("id").compile()).isEqualTo(new CompiledQuery(conflict, List.of(1L, "Ann", 1)));
        }
        assertThat(DOSQL.insertInto("person").values(Map.of("id", 1)).onConflict("id").doNothing().compile().sql())
            .isEqualTo("insert into \"person\" (\"id\") values (?) on conflict (\"id\") do nothing");
        assertThat(MYSQL.insertInto(PERSON).columns(PERSON.ID, PERSON.FIRST_NAME).values(1L, "Ann")
            .onDuplicateKeyUpdate(u -> u.setExcluded("first_name").set(PERSON.AGE, PERSON.AGE.plus(1))).compile())
            .isEqualTo(new CompiledQuery("insert into `person` (`id`, `first_name`) values (?, ?) on duplicate key"
                + " update `first_name` = values(`first_name`), `age` = `person`.`age` + ?", List.of(1L, "Ann", 1)));
    }

    @Test
    void updateWithFromAndReturning() {
        check(db -> db.update(PERSON).set(PERSON.AGE, PERSON.AGE.plus(1)).set("last_name", "Doe").from("pet")
                .whereRef("pet.owner_id", "=", "person.id").where(PET.SPECIES.eq("cat")),
            "update \"person\" set \"age\" = \"person\".\"age\" + ?, \"last_name\" = ? from \"pet\" where"
                + " \"pet\".\"owner_id\" = \"person\".\"id\" and \"pet\".\"species\" = ?",
            "update `person`, `pet` set `age` = `person`.`age` + ?, `last_name` = ? where"
                + " `pet`.`owner_id` = `person`.`id` and `pet`.`species` = ?", null, 1, "Doe", "cat");
        assertThat(POSTGRES.update("person").set("age", 1).where("id", "=", 2).returning("id", "age").compile().sql())
            .isEqualTo("update \"person\" set \"age\" = ? where \"id\" = ? returning \"id\", \"age\"");
    }

    @Test
    void deleteWithUsingAndReturning() {
        assertThat(POSTGRES.deleteFrom("pet").using("person").whereRef("pet.owner_id", "=", "person.id")
            .where("person.age", ">", 100).returningAll().compile())
            .isEqualTo(new CompiledQuery("delete from \"pet\" using \"person\" where \"pet\".\"owner_id\" ="
                + " \"person\".\"id\" and \"person\".\"age\" > ? returning *", List.of(100)));
        assertThat(MYSQL.deleteFrom("pet").using("person").whereRef("pet.owner_id", "=", "person.id").compile().sql())
            .isEqualTo("delete from `pet` using `pet`, `person` where `pet`.`owner_id` = `person`.`id`");
        assertThatThrownBy(() -> SQLITE.deleteFrom("pet").using("person").compile())
            .isInstanceOf(UnsupportedFeatureException.class).hasMessage("SQLite does not support DELETE … USING");
    }

    @Test
    void mergeOnPostgres() {
        var target = PERSON;
        assertThat(POSTGRES.mergeInto("person", "staging as s", column("person.id").eq(column("s.id")))
            .whenMatchedAndThenDelete(column("s.deleted", Boolean.class).eq(true))
            .whenMatchedThenUpdate(u -> u.set(target.FIRST_NAME, column("s.first_name", String.class)))
            .whenNotMatchedThenInsert(Map.of("id", column("s.id"))).compile())
            .isEqualTo(new CompiledQuery("merge into \"person\" using \"staging\" as \"s\" on \"person\".\"id\" ="
                + " \"s\".\"id\" when matched and \"s\".\"deleted\" = ? then delete when matched then update set"
                + " \"first_name\" = \"s\".\"first_name\" when not matched then insert (\"id\") values (\"s\".\"id\")",
                List.of(true)));
    }

    @Test
    void withAndWithRecursive() {
        assertThat(POSTGRES.with("adults", POSTGRES.selectFrom("person").where("age", ">=", 18))
            .selectFrom("adults").select("id").compile().sql())
            .isEqualTo("with \"adults\" as (select * from \"person\" where \"age\" >= ?) select \"id\" from \"adults\"");
        var counter = MYSQL.selectNoFrom(value(1).as("n"))
            .unionAll(MYSQL.selectFrom("t").select(column("n", Integer.class).plus(1)).where("n", "<", 5));
        assertThat(MYSQL.withRecursive("t", List.of("n"), counter).selectFrom("t").compile())
            .isEqualTo(new CompiledQuery("with recursive `t`(`n`) as (select ? as `n` union all select `n` + ? from `t`"
                + " where `n` < ?) select * from `t`", List.of(1, 1, 5)));
    }

    @Test
    void derivedTablesAndLateralJoins() {
        check(db -> db.selectFrom(db.selectFrom("person").select("id").as("p")).select("p.id"),
            "select \"p\".\"id\" from (select \"id\" from \"person\") as \"p\"");
        assertThat(POSTGRES.selectFrom(PERSON).leftJoinLateral(POSTGRES.selectFrom(PET)
                .where(PET.OWNER_ID.eq(PERSON.ID)).limit(1).as("first_pet"), value(true).eq(true)).compile().sql())
            .isEqualTo("select * from \"person\" left join lateral (select * from \"pet\" where \"pet\".\"owner_id\" ="
                + " \"person\".\"id\" limit ?) as \"first_pet\" on ? = ?");
        assertThatThrownBy(() -> MYSQL.selectFrom(PERSON).crossJoinLateral(MYSQL.selectFrom(PET).as("x")))
            .hasMessage("MySQL/MariaDB does not support LATERAL joins");
    }

    @Test
    void lockingClauses() {
        assertThat(POSTGRES.selectFrom("job").limit(1).forUpdate().skipLocked().compile().sql())
            .isEqualTo("select * from \"job\" limit ? for update skip locked");
        assertThat(MYSQL.selectFrom("job").forShare().noWait().compile().sql())
            .isEqualTo("select * from `job` lock in share mode nowait");
        assertThatThrownBy(() -> SQLITE.selectFrom("job").forUpdate())
            .isInstanceOf(UnsupportedFeatureException.class).hasMessage("SQLite does not support FOR UPDATE / FOR SHARE");
    }

    @Test
    void fullJoinFailsWhenBuiltOnMySql() {
        assertThat(SQLITE.selectFrom("a").fullJoin("b", "b.id", "a.id").compile().sql())
            .isEqualTo("select * from \"a\" full join \"b\" on \"b\".\"id\" = \"a\".\"id\"");
        assertThatThrownBy(() -> MYSQL.selectFrom("a").fullJoin("b", "b.id", "a.id"))
            .isInstanceOf(UnsupportedFeatureException.class).hasMessage("MySQL/MariaDB does not support FULL JOIN");
        assertThatThrownBy(() -> MYSQL.selectFrom("a").distinctOn("x"))
            .hasMessage("MySQL/MariaDB does not support DISTINCT ON");
    }

    @Test
    void rawTemplatesBindValuesAndQuoteIdentifiers() {
        check(db -> db.sql("select * from {0} where id = {1} and name = {2}", identifier("person"), value(42), "x"),
            "select * from \"person\" where id = ? and name = ?", 42, "x");
        assertThat(POSTGRES.sql("select {0}", identifier("x\"; drop table person; --")).compile().sql())
            .isEqualTo("select \"x\"\"; drop table person; --\"");
        assertThat(MYSQL.sql("select {0}", identifier("public.x`y")).compile().sql())
            .isEqualTo("select `public`.`x``y`");
        check(db -> db.selectFrom("person").where(sql("{0} @> {1}", column("tags"), "a").typed(Boolean.class)),
            "select * from \"person\" where \"tags\" @> ?", "a");
    }

    @Test
    void namesThatReachSqlUnquotedAreValidated() {
        assertThatThrownBy(() -> fn("count(*); drop table person; --"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid function name");
        assertThatThrownBy(() -> PERSON.AGE.cast("int); drop table person; --", Integer.class))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid type name");
        assertThatThrownBy(() -> POSTGRES.sql("select {3}", 1)).hasMessageContaining("refers to {3}");
    }

    record PetName(String name) {
    }

    @Test
    void nestedCollectionsUseEachDialectsJsonAggregate() {
        check(db -> db.selectFrom(PERSON).select(PERSON.ID, io.dosql.query.expression.Expressions.jsonArrayFrom(
                db.selectFrom(PET).select(PET.NAME).where(PET.OWNER_ID.eq(PERSON.ID)).orderBy(PET.NAME.asc()),
                PetName.class).as("pets")),
            "select \"person\".\"id\", (select coalesce(json_agg(json_build_object('name', \"nested\".\"name\")), '[]')"
                + " from (select \"pet\".\"name\" from \"pet\" where \"pet\".\"owner_id\" = \"person\".\"id\" order by"
                + " \"pet\".\"name\") as \"nested\") as \"pets\" from \"person\"",
            "select `person`.`id`, (select coalesce(json_arrayagg(json_object('name', `pet`.`name`) order by"
                + " `pet`.`name`), json_array()) from `pet` where `pet`.`owner_id` = `person`.`id`) as `pets` from `person`",
            "select \"person\".\"id\", (select coalesce(json_group_array(json_object('name', \"nested\".\"name\")), '[]')"
                + " from (select \"pet\".\"name\" from \"pet\" where \"pet\".\"owner_id\" = \"person\".\"id\" order by"
                + " \"pet\".\"name\") as \"nested\") as \"pets\" from \"person\"");
        assertThatThrownBy(() -> io.dosql.query.expression.Expressions.jsonArrayFrom(POSTGRES.selectFrom(PET),
            PetName.class)).hasMessage("select the columns of a nested collection explicitly");
    }

    @Test
    void handBuiltNodesAreCheckedByTheCompilerOfEachDialect() {
        var upsert = io.dosql.query.node.InsertQueryNode.into(new io.dosql.query.node.TableNode(null, "t", null))
            .withRows(List.of("id"), List.of(List.of(new io.dosql.query.node.ValueNode(1))))
            .withOnDuplicateKey(new io.dosql.query.node.OnDuplicateKeyNode(List.of(
                new io.dosql.query.node.ColumnUpdateNode("id", new io.dosql.query.node.ExcludedColumnNode("id")))));
        assertThatThrownBy(() -> DOSQL.executor().compile(upsert)).isInstanceOf(UnsupportedFeatureException.class)
            .hasMessage("DoSQL does not support ON DUPLICATE KEY UPDATE");
        assertThatThrownBy(() -> MYSQL.executor().compile(upsert.withOnDuplicateKey(null)
            .withReturning(List.of(new io.dosql.query.node.AllColumnsNode(null)))))
            .hasMessage("MySQL/MariaDB does not support RETURNING");
        assertThatThrownBy(() -> SQLITE.executor().compile(new io.dosql.query.node.MergeQueryNode(null,
            new io.dosql.query.node.TableNode(null, "a", null), new io.dosql.query.node.TableNode(null, "b", null),
            new io.dosql.query.node.ValueNode(true), List.of()))).hasMessage("SQLite does not support MERGE");
    }

    @Test
    void buildersAreImmutableAndShareable() {
        SelectQueryBuilder<?> base = POSTGRES.selectFrom("person").where("age", ">", 18);
        var adults = base.select("id");
        var named = base.select("first_name").orderBy("first_name");
        assertThat(base.compile().sql()).isEqualTo("select * from \"person\" where \"age\" > ?");
        assertThat(adults.compile().sql()).isEqualTo("select \"id\" from \"person\" where \"age\" > ?");
        assertThat(named.compile().sql())
            .isEqualTo("select \"first_name\" from \"person\" where \"age\" > ? order by \"first_name\"");
    }
}
