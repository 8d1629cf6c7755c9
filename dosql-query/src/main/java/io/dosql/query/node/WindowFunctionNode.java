package io.dosql.query.node;

import java.util.Objects;

/** {@code function(…) over (…)}. */
public record WindowFunctionNode(FunctionNode function, WindowNode window) implements ExpressionNode {
    public WindowFunctionNode {
        Objects.requireNonNull(function, "function is null");
        Objects.requireNonNull(window, "window is null");
    }

    public WindowFunctionNode withWindow(WindowNode newWindow) {
        return new WindowFunctionNode(function, newWindow);
    }

    public WindowFunctionNode withFunction(FunctionNode newFunction) {
        return new WindowFunctionNode(newFunction, window);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitWindowFunction(this);
    }
}
