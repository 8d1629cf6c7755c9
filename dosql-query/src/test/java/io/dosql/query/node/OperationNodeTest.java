package io.dosql.query.node;

import static io.dosql.query.Person.PERSON;
import static io.dosql.query.Pet.PET;
import static io.dosql.query.expression.Expressions.count;
import static io.dosql.query.expression.Expressions.exists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dosql.query.DoQuery;
import io.dosql.query.PostgresDb;
import io.dosql.query.UnreachableDataSource;
import io.dosql.query.expression.Window;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The node hierarchy is closed, frozen and validated, and the visitor and transformer cover every kind. */
class OperationNodeTest {
    private static final PostgresDb DB = DoQuery.postgres(new UnreachableDataSource());

    private static Set<Class<?>> concreteNodeKinds(Class<?> type, Set<Class<?>> found) {
        if (type.isRecord()) {
            found.add(type);
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> subtype : permitted) {
                concreteNodeKinds(subtype, found);
            }
        }
        return found;
    }

    @Test
    void everyNodeKindIsARecordNamedNodeWithAVisitMethodAndATransformerOverride() throws NoSuchMethodException {
        Set<Class<?>> kinds = concreteNodeKinds(OperationNode.class, new LinkedHashSet<>());
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(36);
        for (Class<?> kind : kinds) {
            assertThat(kind.getSimpleName()).endsWith("Node");
            String visit = "visit" + kind.getSimpleName().replaceAll("Node$", "");
            Method visitorMethod = OperationNodeVisitor.class.getMethod(visit, kind);
            assertThat(visitorMethod).isNotNull();
            assertThat(OperationNodeTransformer.class.getDeclaredMethod(visit, kind)).isNotNull();
        }
    }

    @Test
    void identityTransformerRebuildsAnEqualTree() {
        SelectQueryNode query = DB.with("owners", DB.selectFrom(PET).select(PET.OWNER_ID))
            .selectFrom(PERSON).distinct().select(PERSON.ID, count().over(Window.partitionBy(PERSON.AGE)).as("n"))
            .leftJoin(PET, PET.OWNER_ID.eq(PERSON.ID)).where(PERSON.AGE.between(1, 9).or(PERSON.ID.isNull()))
            .where(exists(DB.selectFrom("owners"))).groupBy(PERSON.ID).having(count().gt(1L))
            .orderBy(PERSON.ID.desc().nullsLast()).limit(3).offset(1).forUpdate().toOperationNode();
        assertThat(new OperationNodeTransformer().transformQuery(query)).isEqualTo(query).isNotSameAs(query);
        InsertQueryNode insert = DB.insertInto(PERSON).set(PERSON.ID, 1L).onConflict(PERSON.ID)
            .doUpdateSet(u -> u.setExcluded("first_name")).returning("id").toQueryNode() instanceof InsertQueryNode node
            ? node : null;
        assertThat(new OperationNodeTransformer().transformQuery(insert)).isEqualTo(insert);
    }

    @Test
    void nodesCopyTheirListsAndRejectInvalidShapes() {
        List<ExpressionNode> values = new ArrayList<>(List.of(new ValueNode(1)));
        ValueListNode list = new ValueListNode(values);
        values.add(new ValueNode(2));
        assertThat(list.values()).hasSize(1);
        assertThatThrownBy(() -> list.values().add(new ValueNode(3))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ColumnNode(null, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BinaryOperationNode(null, BinaryOperator.EQUAL, new ValueNode(1)))
            .isInstanceOf(NullPointerException.class).hasMessage("left is null");
        assertThatThrownBy(() -> new JoinNode(JoinType.CROSS, new TableNode(null, "t", null), new ValueNode(true), false))
            .hasMessage("a cross join has no ON condition");
        assertThatThrownBy(() -> new InsertQueryNode(null, new TableNode(null, "t", null), List.of("a", "b"),
            List.of(List.of(new ValueNode(1))), null, null, null, List.of()))
            .hasMessage("a row has 1 values for 2 columns");
        assertThatThrownBy(() -> new MergeWhenNode(true, null, MergeWhenNode.Action.INSERT, List.of(), List.of(),
            List.of())).hasMessage("WHEN MATCHED cannot INSERT");
        assertThatThrownBy(() -> BinaryOperator.parse("=>")).hasMessage("unknown operator: '=>'");
        assertThat(BinaryOperator.parse(" NOT   LIKE ")).isEqualTo(BinaryOperator.NOT_LIKE);
        assertThat(TableNode.parse("public.person as p")).isEqualTo(new TableNode("public", "person", "p"));
    }

    @Test
    void withCopiesLeaveTheOriginalUntouched() {
        SelectQueryNode original = SelectQueryNode.from(List.of(new TableNode(null, "t", null)));
        SelectQueryNode limited = original.withLimit(new ValueNode(5L));
        assertThat(original.limit()).isNull();
        assertThat(limited.limit()).isEqualTo(new ValueNode(5L));
        assertThat(limited.withLimit(null)).isEqualTo(original);
        assertThat(Map.of(original, 1)).containsKey(SelectQueryNode.from(List.of(new TableNode(null, "t", null))));
    }
}
