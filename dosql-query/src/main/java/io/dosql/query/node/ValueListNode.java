package io.dosql.query.node;

import java.util.List;

/** A parenthesised list {@code (a, b, c)}, the right side of {@code IN}. */
public record ValueListNode(List<ExpressionNode> values) implements ExpressionNode {
    public ValueListNode {
        values = List.copyOf(values);
    }

    public ValueListNode withValues(List<ExpressionNode> newValues) {
        return new ValueListNode(newValues);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitValueList(this);
    }
}
