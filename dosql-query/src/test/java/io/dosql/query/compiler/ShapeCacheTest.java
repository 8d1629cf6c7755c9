package io.dosql.query.compiler;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.count;
import static io.dosql.query.expression.Expressions.exists;
import static io.dosql.query.expression.Expressions.rowNumber;
import static io.dosql.query.expression.Expressions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.DoQuery;
import io.dosql.query.MySqlDb;
import io.dosql.query.PostgresDb;
import io.dosql.query.UnreachableDataSource;
import io.dosql.query.dialect.UnsupportedFeatureException;
import io.dosql.query.expression.Condition;
import io.dosql.query.expression.Window;
import io.dosql.query.node.QueryNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** The shape cache returns what a fresh compiler returns, shares SQL text between values, never values. */
class ShapeCacheTest {
    private static final PostgresDb POSTGRES = DoQuery.postgres(new UnreachableDataSource());
    private static final MySqlDb MYSQL = DoQuery.mysql(new UnreachableDataSource());

    private static CompiledQuery fresh(QueryNode node) {
        return new PostgresQueryCompiler().compile(node);
    }

    @Test
    void sameShapeSharesTheSqlTextAndBindsItsOwnValues() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        LongFunction<QueryNode> query = id -> POSTGRES.selectFrom(PERSON)
            .select(PERSON.ID, PERSON.FIRST_NAME)
            .where(PERSON.ID.eq(id).and(PERSON.AGE.gt(18)))
            .orderBy(PERSON.ID.desc())
            .limit(id + 1)
            .toQueryNode();
        CompiledQuery first = cache.compile(query.apply(1));
        CompiledQuery second = cache.compile(query.apply(2));
        CompiledQuery third = cache.compile(query.apply(3));
        assertThat(first).isEqualTo(fresh(query.apply(1)));
        assertThat(second).isEqualTo(fresh(query.apply(2)));
        assertThat(third.parameters()).containsExactly(3L, 18, 4L);
        assertThat(second.sql()).isSameAs(first.sql()).isSameAs(third.sql());
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void everyDifferenceOfShapeIsAnotherEntry() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        List<QueryNode> queries = List.of(
            POSTGRES.selectFrom("person").select("id").where("age", ">", 1).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", ">=", 1).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", "=", null).toQueryNode(),
            POSTGRES.selectFrom("person").select("name").where("age", ">", 1).toQueryNode(),
            POSTGRES.selectFrom("person as p").select("id").where("age", ">", 1).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", "in", List.of(1, 2)).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", "in", List.of(1, 2, 3)).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", ">", 1).distinct().toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", ">", 1).offset(5).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", ">", 1).limit(5).toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", ">", 1).forUpdate().toQueryNode(),
            POSTGRES.selectFrom("person").select("id").where("age", ">", 1).forUpdate().skipLocked().toQueryNode(),
            POSTGRES.selectFrom("person").select("id").orderBy("id", "desc").toQueryNode(),
            POSTGRES.selectFrom("person").select("id").orderBy("id", "asc").toQueryNode(),
            POSTGRES.selectFrom("person").select("id").innerJoin("pet", "pet.owner_id", "person.id").toQueryNode(),
            POSTGRES.selectFrom("person").select("id").leftJoin("pet", "pet.owner_id", "person.id").toQueryNode(),
            POSTGRES.selectFrom(PERSON).select(PERSON.ID, count().as("n")).groupBy(PERSON.ID).toQueryNode(),
            POSTGRES.selectFrom(PERSON).select(PERSON.ID, count().as("m")).groupBy(PERSON.ID).toQueryNode(),
            POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(exists(
                POSTGRES.selectFrom(PET).select(PET.ID).where(PET.OWNER_ID.eq(PERSON.ID)))).toQueryNode());
        for (QueryNode query : queries) {
            assertThat(cache.compile(query)).isEqualTo(fresh(query));
            assertThat(cache.compile(query)).isEqualTo(fresh(query));
        }
        assertThat(cache.size()).isEqualTo(queries.size());
    }

    @Test
    void aValueNodeUsedTwiceIsBoundTwiceAndNotRemembered() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        Condition adult = PERSON.AGE.gt(18);
        QueryNode query = POSTGRES.selectFrom(PERSON).select(PERSON.ID)
            .where(adult.or(PERSON.ID.eq(7L).and(adult))).toQueryNode();
        assertThat(cache.compile(query)).isEqualTo(fresh(query));
        assertThat(cache.compile(query).parameters()).containsExactly(18, 7L, 18);
        assertThat(cache.size()).isZero();
    }

    @Test
    void treesOutsideTheWalkedKindsCompileEveryTime() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        QueryNode windowed = POSTGRES.selectFrom(PERSON)
            .select(PERSON.ID, rowNumber().over(Window.orderedBy(PERSON.AGE.desc())).as("rank"))
            .where(PERSON.AGE.gt(value(3))).toQueryNode();
        QueryNode update = POSTGRES.update(PERSON).set(PERSON.AGE, 3).where(PERSON.ID.eq(1L)).toQueryNode();
        assertThat(cache.compile(windowed)).isEqualTo(fresh(windowed));
        assertThat(cache.compile(update)).isEqualTo(fresh(update));
        assertThat(cache.size()).isZero();
    }

    @Test
    void valuesAreBoundNotSpliced() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        for (String name : Arrays.asList("a", "b'; drop table person; --", null)) {
            QueryNode query = POSTGRES.selectFrom(PERSON).select(PERSON.ID)
                .where(PERSON.FIRST_NAME.eq(name)).toQueryNode();
            assertThat(cache.compile(query)).isEqualTo(fresh(query));
        }
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void unsupportedFeaturesStillFailEveryTime() {
        ShapeCache cache = new ShapeCache(MySqlQueryCompiler::new);
        QueryNode fullJoin = new io.dosql.query.node.SelectQueryNode(null, false, List.of(),
            List.of(new io.dosql.query.node.AllColumnsNode(null)), List.of(PERSON.toOperationNode()),
            List.of(new io.dosql.query.node.JoinNode(io.dosql.query.node.JoinType.FULL, PET.toOperationNode(),
                PET.OWNER_ID.eq(PERSON.ID).toOperationNode(), false)),
            null, List.of(), null, List.of(), List.of(), null, null, null);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.compile(fullJoin)).isInstanceOf(UnsupportedFeatureException.class);
        }
        assertThat(cache.size()).isZero();
        QueryNode plain = MYSQL.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(1L)).toQueryNode();
        assertThat(cache.compile(plain).sql()).isEqualTo("select `person`.`id` from `person` where `person`.`id` = ?");
    }

    @Test
    void shapesSharingARecentSlotAlternateWithoutMixingUp() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        // same slot (same table, first column, where operator and column, counts): limit, offset, lock, distinct,
        // alias and operand differ past the parts the slot reads, so each tree is compared with another's shape first
        List<LongFunction<QueryNode>> queries = List.of(
            id -> POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(id)).toQueryNode(),
            id -> POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(id)).limit(id).toQueryNode(),
            id -> POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(id)).forUpdate().toQueryNode(),
            id -> POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(PET.OWNER_ID)).toQueryNode(),
            id -> POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(id)).distinct().toQueryNode(),
            id -> POSTGRES.selectFrom(PERSON.as("p")).select(PERSON.ID).where(PERSON.ID.eq(id)).toQueryNode(),
            id -> POSTGRES.selectFrom(PERSON).select(PERSON.ID).where(PERSON.ID.eq(id)).offset(2).limit(id)
                .toQueryNode());
        int slot = ShapeCache.slot((io.dosql.query.node.SelectQueryNode) queries.get(0).apply(1));
        for (LongFunction<QueryNode> query : queries) {
            assertThat(ShapeCache.slot((io.dosql.query.node.SelectQueryNode) query.apply(5))).isEqualTo(slot);
        }
        String[] firstSql = new String[queries.size()];
        for (long id = 1; id <= 4; id++) {
            for (int i = 0; i < queries.size(); i++) {
                QueryNode query = queries.get(i).apply(id);
                CompiledQuery compiled = cache.compile(query);
                assertThat(compiled).isEqualTo(fresh(query));
                if (firstSql[i] == null) {
                    firstSql[i] = compiled.sql();
                }
                assertThat(compiled.sql()).isSameAs(firstSql[i]);
                // the same tree twice in a row: the second compile compares with the slot's shape and hits
                assertThat(cache.compile(query)).isEqualTo(compiled);
            }
        }
        assertThat(cache.size()).isEqualTo(queries.size());
    }

    @Test
    void aTreeLongerOrShorterThanTheRecentShapeIsNotTakenForIt() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        QueryNode three = POSTGRES.selectFrom("person").select("id", "name", "age").where("id", "=", 1L).toQueryNode();
        QueryNode withAlias = POSTGRES.selectFrom("person").select("id", "name", "age as a").where("id", "=", 1L)
            .toQueryNode();
        QueryNode qualified = POSTGRES.selectFrom("person").select("id", "name", "person.age").where("id", "=", 1L)
            .toQueryNode();
        for (int i = 0; i < 2; i++) {
            for (QueryNode query : List.of(three, withAlias, qualified, three)) {
                assertThat(cache.compile(query)).isEqualTo(fresh(query));
            }
        }
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void theMemoryIsBounded() {
        ShapeCache cache = new ShapeCache(PostgresQueryCompiler::new);
        for (int i = 0; i < ShapeCache.MAX_SHAPES + 10; i++) {
            QueryNode query = POSTGRES.selectFrom("person").select("c" + i).where("id", "=", i).toQueryNode();
            assertThat(cache.compile(query).sql()).isEqualTo("select \"c" + i + "\" from \"person\" where \"id\" = ?");
        }
        assertThat(cache.size()).isBetween(1, ShapeCache.MAX_SHAPES);
    }
}
