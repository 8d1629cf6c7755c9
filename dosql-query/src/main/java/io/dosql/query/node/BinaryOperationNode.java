package io.dosql.query.node;

import java.util.Objects;

/** {@code left operator right}, e.g. {@code "age" > ?} or {@code a and b}. */
public record BinaryOperationNode(ExpressionNode left, BinaryOperator operator, ExpressionNode right)
    implements ExpressionNode {
    public BinaryOperationNode {
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(right, "right is null");
    }

    public BinaryOperationNode withLeft(ExpressionNode newLeft) {
        return new BinaryOperationNode(newLeft, operator, right);
    }

    public BinaryOperationNode withRight(ExpressionNode newRight) {
        return new BinaryOperationNode(left, operator, newRight);
    }

    /** Combines two optional conditions with AND; either may be null. */
    public static ExpressionNode and(ExpressionNode first, ExpressionNode second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : new BinaryOperationNode(first, BinaryOperator.AND, second);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitBinaryOperation(this);
    }
}
