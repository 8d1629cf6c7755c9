package io.dosql.query.node;

import java.util.Objects;

/** {@code not x}, {@code -x}, {@code exists (subquery)}, {@code x is null}. */
public record UnaryOperationNode(UnaryOperator operator, ExpressionNode operand) implements ExpressionNode {
    public UnaryOperationNode {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(operand, "operand is null");
    }

    public UnaryOperationNode withOperand(ExpressionNode newOperand) {
        return new UnaryOperationNode(operator, newOperand);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitUnaryOperation(this);
    }
}
