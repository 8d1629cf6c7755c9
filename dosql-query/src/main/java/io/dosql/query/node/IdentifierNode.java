package io.dosql.query.node;

/** A name quoted by the dialect's rules ({@code "x"} or {@code `x`}); dotted parts are quoted one by one. */
public record IdentifierNode(String name) implements ExpressionNode {
    public IdentifierNode {
        name = Names.identifier(name, "identifier");
    }

    public IdentifierNode withName(String newName) {
        return new IdentifierNode(newName);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitIdentifier(this);
    }
}
