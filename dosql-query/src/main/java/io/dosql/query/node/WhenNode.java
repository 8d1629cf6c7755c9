package io.dosql.query.node;

import java.util.Objects;

/** One {@code when condition then result} arm of a CASE. */
public record WhenNode(ExpressionNode condition, ExpressionNode result) implements OperationNode {
    public WhenNode {
        Objects.requireNonNull(condition, "condition is null");
        Objects.requireNonNull(result, "result is null");
    }

    public WhenNode withResult(ExpressionNode newResult) {
        return new WhenNode(condition, newResult);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitWhen(this);
    }
}
