package io.dosql.query.expression;

import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.BinaryOperator;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UnaryOperator;
import java.util.Objects;

/** A boolean expression usable in WHERE, ON and HAVING, combinable with and/or/not. */
public record Condition(ExpressionNode node) implements Field<Boolean> {
    public Condition {
        Objects.requireNonNull(node, "node is null");
    }

    @Override
    public ExpressionNode toOperationNode() {
        return node;
    }

    /** {@code this and other}; parentheses are added where precedence needs them. */
    public Condition and(Field<Boolean> other) {
        return new Condition(new BinaryOperationNode(node, BinaryOperator.AND, other.toOperationNode()));
    }

    /** {@code this or other}. */
    public Condition or(Field<Boolean> other) {
        return new Condition(new BinaryOperationNode(node, BinaryOperator.OR, other.toOperationNode()));
    }

    /** {@code not (this)}. */
    public Condition not() {
        return new Condition(new UnaryOperationNode(UnaryOperator.NOT, node));
    }
}
