package io.dosql.query.node;

import java.util.Objects;

/** {@code cast(expression as typeName)}; the type name is validated because it is emitted unquoted. */
public record CastNode(ExpressionNode expression, String typeName) implements ExpressionNode {
    public CastNode {
        Objects.requireNonNull(expression, "expression is null");
        typeName = Names.typeName(typeName);
    }

    public CastNode withExpression(ExpressionNode newExpression) {
        return new CastNode(newExpression, typeName);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitCast(this);
    }
}
