package io.dosql.query.expression;

import io.dosql.query.node.AliasNode;
import io.dosql.query.node.BetweenNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.CastNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.OrderByItemNode;
import io.dosql.query.node.SubqueryNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UnaryOperator;
import io.dosql.query.node.ValueListNode;
import io.dosql.query.node.ValueNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A SQL expression whose value has Java type {@code T}. Comparisons accept only a {@code T} or another
 * {@code Field<T>}, so {@code PERSON.ID.eq("x")} does not compile when {@code ID} is a {@code Column<Long>}.
 *
 * @param <T> the Java type of the expression's value
 */
public interface Field<T> {

    /** The operation node this expression stands for. */
    ExpressionNode toOperationNode();

    private Condition compare(BinaryOperator operator, ExpressionNode right) {
        return new Condition(new BinaryOperationNode(toOperationNode(), operator, right));
    }

    /** {@code this = ?}; comparing with null yields {@code this is null}. */
    default Condition eq(T value) {
        return value == null ? isNull() : compare(BinaryOperator.EQUAL, new ValueNode(value));
    }

    /** {@code this = other}. */
    default Condition eq(Field<T> other) {
        return compare(BinaryOperator.EQUAL, other.toOperationNode());
    }

    /** {@code this <> ?}. */
    default Condition ne(T value) {
        return value == null ? isNotNull() : compare(BinaryOperator.NOT_EQUAL, new ValueNode(value));
    }

    default Condition ne(Field<T> other) {
        return compare(BinaryOperator.NOT_EQUAL, other.toOperationNode());
    }

    /** {@code this < ?}. */
    default Condition lt(T value) {
        return compare(BinaryOperator.LESS, new ValueNode(value));
    }

    default Condition lt(Field<T> other) {
        return compare(BinaryOperator.LESS, other.toOperationNode());
    }

    /** {@code this <= ?}. */
    default Condition le(T value) {
        return compare(BinaryOperator.LESS_OR_EQUAL, new ValueNode(value));
    }

    default Condition le(Field<T> other) {
        return compare(BinaryOperator.LESS_OR_EQUAL, other.toOperationNode());
    }

    /** {@code this > ?}. */
    default Condition gt(T value) {
        return compare(BinaryOperator.GREATER, new ValueNode(value));
    }

    default Condition gt(Field<T> other) {
        return compare(BinaryOperator.GREATER, other.toOperationNode());
    }

    /** {@code this >= ?}. */
    default Condition ge(T value) {
        return compare(BinaryOperator.GREATER_OR_EQUAL, new ValueNode(value));
    }

    default Condition ge(Field<T> other) {
        return compare(BinaryOperator.GREATER_OR_EQUAL, other.toOperationNode());
    }

    /** {@code this is null}. */
    default Condition isNull() {
        return new Condition(new UnaryOperationNode(UnaryOperator.IS_NULL, toOperationNode()));
    }

    /** {@code this is not null}. */
    default Condition isNotNull() {
        return new Condition(new UnaryOperationNode(UnaryOperator.IS_NOT_NULL, toOperationNode()));
    }

    /** {@code this in (?, ?, …)}; the list must not be empty. */
    default Condition in(Collection<? extends T> values) {
        return compare(BinaryOperator.IN, valueList(values));
    }

    /** {@code this not in (?, ?, …)}. */
    default Condition notIn(Collection<? extends T> values) {
        return compare(BinaryOperator.NOT_IN, valueList(values));
    }

    /** {@code this in (select …)}. */
    default Condition in(Subquery<T> subquery) {
        return compare(BinaryOperator.IN, new SubqueryNode(subquery.toSelectNode()));
    }

    /** {@code this not in (select …)}. */
    default Condition notIn(Subquery<T> subquery) {
        return compare(BinaryOperator.NOT_IN, new SubqueryNode(subquery.toSelectNode()));
    }

    private static ValueListNode valueList(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN needs at least one value");
        }
        List<ExpressionNode> nodes = new ArrayList<>(values.size());
        for (Object value : values) {
            nodes.add(Expressions.node(value));
        }
        return new ValueListNode(nodes);
    }

    /** {@code this between ? and ?}. */
    default Condition between(T low, T high) {
        return new Condition(new BetweenNode(toOperationNode(), new ValueNode(low), new ValueNode(high), false));
    }

    /** {@code this not between ? and ?}. */
    default Condition notBetween(T low, T high) {
        return new Condition(new BetweenNode(toOperationNode(), new ValueNode(low), new ValueNode(high), true));
    }

    /** {@code this like ?}. */
    default Condition like(String pattern) {
        return compare(BinaryOperator.LIKE, new ValueNode(pattern));
    }

    /** {@code this not like ?}. */
    default Condition notLike(String pattern) {
        return compare(BinaryOperator.NOT_LIKE, new ValueNode(pattern));
    }

    /** {@code this ilike ?} (PostgreSQL); {@code lower(this) like lower(?)} elsewhere. */
    default Condition ilike(String pattern) {
        return compare(BinaryOperator.ILIKE, new ValueNode(pattern));
    }

    /** {@code this + ?}. */
    default Field<T> plus(T value) {
        return arithmetic(BinaryOperator.PLUS, new ValueNode(value));
    }

    default Field<T> plus(Field<T> other) {
        return arithmetic(BinaryOperator.PLUS, other.toOperationNode());
    }

    /** {@code this - ?}. */
    default Field<T> minus(T value) {
        return arithmetic(BinaryOperator.MINUS, new ValueNode(value));
    }

    default Field<T> minus(Field<T> other) {
        return arithmetic(BinaryOperator.MINUS, other.toOperationNode());
    }

    /** {@code this * ?}. */
    default Field<T> times(T value) {
        return arithmetic(BinaryOperator.MULTIPLY, new ValueNode(value));
    }

    default Field<T> times(Field<T> other) {
        return arithmetic(BinaryOperator.MULTIPLY, other.toOperationNode());
    }

    /** {@code this / ?}. */
    default Field<T> dividedBy(T value) {
        return arithmetic(BinaryOperator.DIVIDE, new ValueNode(value));
    }

    /** {@code this % ?}. */
    default Field<T> modulo(T value) {
        return arithmetic(BinaryOperator.MODULO, new ValueNode(value));
    }

    private Field<T> arithmetic(BinaryOperator operator, ExpressionNode right) {
        return new ExpressionField<>(new BinaryOperationNode(toOperationNode(), operator, right));
    }

    /** {@code cast(this as typeName)}, typed as {@code type}. */
    default <U> Field<U> cast(String typeName, Class<U> type) {
        return new ExpressionField<>(new CastNode(toOperationNode(), typeName));
    }

    /** {@code this as "alias"} for select lists. */
    default Field<T> as(String alias) {
        return new ExpressionField<>(new AliasNode(toOperationNode(), alias));
    }

    /** {@code this asc} in ORDER BY. */
    default OrderField asc() {
        return new OrderField(OrderByItemNode.ascending(toOperationNode()));
    }

    /** {@code this desc} in ORDER BY. */
    default OrderField desc() {
        return new OrderField(new OrderByItemNode(toOperationNode(), true, null));
    }
}
