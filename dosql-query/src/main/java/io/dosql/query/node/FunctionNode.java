package io.dosql.query.node;

import java.util.List;

/** {@code name([distinct] arguments)}; the name is validated because it is emitted unquoted. */
public record FunctionNode(String name, List<ExpressionNode> arguments, boolean distinct) implements ExpressionNode {
    public FunctionNode {
        name = Names.functionName(name);
        arguments = List.copyOf(arguments);
    }

    public FunctionNode withArguments(List<ExpressionNode> newArguments) {
        return new FunctionNode(name, newArguments, distinct);
    }

    public FunctionNode withDistinct(boolean newDistinct) {
        return new FunctionNode(name, arguments, newDistinct);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitFunction(this);
    }
}
