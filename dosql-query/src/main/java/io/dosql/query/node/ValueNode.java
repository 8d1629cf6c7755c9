package io.dosql.query.node;

/** A value bound as a JDBC parameter ({@code ?}); never spliced into the SQL text. May be null. */
public record ValueNode(Object value) implements ExpressionNode {
    public ValueNode withValue(Object newValue) {
        return new ValueNode(newValue);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitValue(this);
    }
}
