package io.dosql.query.node;

import java.util.Objects;

/** {@code expression as "alias"} in a select list or RETURNING clause. */
public record AliasNode(ExpressionNode expression, String alias) implements ExpressionNode {
    public AliasNode {
        Objects.requireNonNull(expression, "expression is null");
        alias = Names.identifier(alias, "alias");
    }

    public AliasNode withExpression(ExpressionNode newExpression) {
        return new AliasNode(newExpression, alias);
    }

    public AliasNode withAlias(String newAlias) {
        return new AliasNode(expression, newAlias);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }
}
