package io.dosql.query.expression;

import io.dosql.query.node.ExpressionNode;
import java.util.Objects;

/** A {@link Field} over any expression node; the type parameter is the caller's promise. */
public record ExpressionField<T>(ExpressionNode node) implements Field<T> {
    public ExpressionField {
        Objects.requireNonNull(node, "node is null");
    }

    @Override
    public ExpressionNode toOperationNode() {
        return node;
    }
}
