package io.dosql.query.node;

import java.util.List;

/**
 * A SQL template: {@code fragments} are the literal pieces written by the developer in code, and
 * {@code arguments} the nodes between them (values are bound, identifiers quoted). There is always one
 * more fragment than arguments.
 */
public record RawNode(List<String> fragments, List<ExpressionNode> arguments) implements ExpressionNode, QueryNode {
    public RawNode {
        fragments = List.copyOf(fragments);
        arguments = List.copyOf(arguments);
        if (fragments.size() != arguments.size() + 1) {
            throw new IllegalArgumentException("a template needs one more fragment than arguments");
        }
    }

    public RawNode withArguments(List<ExpressionNode> newArguments) {
        return new RawNode(fragments, newArguments);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitRaw(this);
    }
}
