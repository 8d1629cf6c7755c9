package io.dosql.query.node;

import java.util.Objects;

/** {@code value [not] between low and high}. */
public record BetweenNode(ExpressionNode value, ExpressionNode low, ExpressionNode high, boolean negated)
    implements ExpressionNode {
    public BetweenNode {
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(low, "low is null");
        Objects.requireNonNull(high, "high is null");
    }

    public BetweenNode withValue(ExpressionNode newValue) {
        return new BetweenNode(newValue, low, high, negated);
    }

    public BetweenNode withBounds(ExpressionNode newLow, ExpressionNode newHigh) {
        return new BetweenNode(value, newLow, newHigh, negated);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitBetween(this);
    }
}
