package io.dosql.query.node;

import java.util.Objects;

/** {@code expression [asc|desc] [nulls first|last]}; {@code nullsFirst} is null for the default. */
public record OrderByItemNode(ExpressionNode expression, boolean descending, Boolean nullsFirst)
    implements OperationNode {
    public OrderByItemNode {
        Objects.requireNonNull(expression, "expression is null");
    }

    public static OrderByItemNode ascending(ExpressionNode expression) {
        return new OrderByItemNode(expression, false, null);
    }

    public OrderByItemNode withExpression(ExpressionNode newExpression) {
        return new OrderByItemNode(newExpression, descending, nullsFirst);
    }

    public OrderByItemNode withNullsFirst(Boolean newNullsFirst) {
        return new OrderByItemNode(expression, descending, newNullsFirst);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitOrderByItem(this);
    }
}
