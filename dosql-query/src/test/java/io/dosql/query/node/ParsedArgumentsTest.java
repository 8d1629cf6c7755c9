package io.dosql.query.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.DoQuery;
import io.dosql.query.PostgresDb;
import io.dosql.query.UnreachableDataSource;
import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.expression.Expressions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The string API's arguments parse to the same nodes whether remembered or not; the fast paths for
 * operators, values and absent SELECT parts give what the general paths give.
 */
class ParsedArgumentsTest {
    private static final PostgresDb DB = DoQuery.postgres(new UnreachableDataSource());

    @Test
    void tableTextsParseToEqualNodesAndRepeatedTextsToTheSameOne() {
        assertThat(TableNode.parse("person")).isEqualTo(new TableNode(null, "person", null))
            .isSameAs(TableNode.parse("person"));
        assertThat(TableNode.parse("public.person AS p")).isEqualTo(new TableNode("public", "person", "p"));
        assertThat(TableNode.parse("  person   as   p ")).isEqualTo(new TableNode(null, "person", "p"));
        // a text built at run time (another String instance) finds the remembered node by equality
        String built = new StringBuilder("per").append("son").toString();
        assertThat(TableNode.parse(built)).isSameAs(TableNode.parse("person"));
    }

    @Test
    void badTextsFailTheSameWayEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> TableNode.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("table reference is null");
            assertThatThrownBy(() -> TableNode.parse("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table reference is empty");
            assertThatThrownBy(() -> DB.selectFrom("person").select("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column reference is empty");
            assertThatThrownBy(() -> DB.selectFrom("person").where("", "=", 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column reference is empty");
        }
    }

    @Test
    void selectionsCompileAsBeforeWhenRemembered() {
        for (int i = 0; i < 3; i++) {
            CompiledQuery compiled = DB.selectFrom("person as p").select("p.id", "name as n", "p.*", "*")
                .where("p.id", "=", 7L).where("age", ">", 18).orderBy("name").compile();
            assertThat(compiled.sql()).isEqualTo("select \"p\".\"id\", \"name\" as \"n\", \"p\".*, * from \"person\""
                + " as \"p\" where \"p\".\"id\" = ? and \"age\" > ? order by \"name\"");
            assertThat(compiled.parameters()).containsExactly(7L, 18);
        }
        assertThat(DB.selectFrom("person").select("name AS n").toOperationNode().selections())
            .containsExactly(new AliasNode(new ColumnNode(null, "name"), "n"));
    }

    @Test
    void parseCacheIsBoundedAndSkipsLongTexts() {
        ParseCache<TableNode> cache = new ParseCache<>(text -> new TableNode(null, text, null));
        String longText = "t".repeat(ParseCache.MAX_TEXT_LENGTH + 1);
        assertThat(cache.get(longText)).isNotSameAs(cache.get(longText)).isEqualTo(cache.get(longText));
        assertThat(cache.size()).isZero();
        List<TableNode> first = new ArrayList<>();
        for (int i = 0; i < ParseCache.MAX_ENTRIES; i++) {
            first.add(cache.get("t" + i));
        }
        assertThat(cache.size()).isEqualTo(ParseCache.MAX_ENTRIES);
        assertThat(cache.get("t0")).isSameAs(first.get(0));
        cache.get("one more");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("t0")).isEqualTo(first.get(0));
    }

    @Test
    void everyOperatorSpellingParses() {
        for (BinaryOperator operator : BinaryOperator.values()) {
            assertThat(BinaryOperator.parse(operator.sql())).isEqualTo(operator);
            assertThat(BinaryOperator.parse(" " + operator.sql().toUpperCase() + " ")).isEqualTo(operator);
        }
        assertThat(BinaryOperator.parse("!=")).isEqualTo(BinaryOperator.NOT_EQUAL);
        assertThatThrownBy(() -> BinaryOperator.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void plainValuesBecomeValueNodesAndFieldsStayThemselves() {
        for (Object value : new Object[] {42L, 7, "text", true, 1.5, new BigDecimal("2.50"), null}) {
            assertThat(Expressions.node(value)).isEqualTo(new ValueNode(value));
        }
        assertThat(Expressions.node(Expressions.column("person.id"))).isEqualTo(new ColumnNode("person", "id"));
        assertThat(DB.selectFrom("person").where("id", "in", Set.of(3L)).compile().sql())
            .isEqualTo("select * from \"person\" where \"id\" in (?)");
    }

    @Test
    void absentPartsStayEmptyAndImmutableAndGivenListsAreCopied() {
        SelectQueryNode node = SelectQueryNode.from(List.of(new TableNode(null, "t", null)));
        assertThat(node.distinctOn()).isEmpty();
        assertThat(node.orderBy()).isEmpty();
        assertThatThrownBy(() -> node.joins().add(null)).isInstanceOf(UnsupportedOperationException.class);
        List<ExpressionNode> selections = new ArrayList<>(List.of(new ColumnNode(null, "a")));
        SelectQueryNode selected = node.withSelections(selections);
        selections.add(new ColumnNode(null, "b"));
        assertThat(selected.selections()).containsExactly(new ColumnNode(null, "a"));
        List<ExpressionNode> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> node.withGroupBy(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> node.withOrderBy(null)).isInstanceOf(NullPointerException.class);
    }
}
