package io.dosql.query.expression;

import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.WindowFunctionNode;
import java.util.Objects;

/** A function call; aggregates and ranking functions become window functions with {@link #over}. */
public record FunctionField<T>(FunctionNode node) implements Field<T> {
    public FunctionField {
        Objects.requireNonNull(node, "node is null");
    }

    @Override
    public ExpressionNode toOperationNode() {
        return node;
    }

    /** {@code function(…) over (partition by … order by … frame)}. */
    public Field<T> over(Window window) {
        return new ExpressionField<>(new WindowFunctionNode(node, window.node()));
    }

    /** {@code function(…) over ()}. */
    public Field<T> over() {
        return over(Window.empty());
    }
}
