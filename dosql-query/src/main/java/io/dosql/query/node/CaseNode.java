package io.dosql.query.node;

import java.util.List;

/** {@code case [subject] when … then … [else otherwise] end}; subject and otherwise may be null. */
public record CaseNode(ExpressionNode subject, List<WhenNode> whens, ExpressionNode otherwise)
    implements ExpressionNode {
    public CaseNode {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new IllegalArgumentException("CASE needs at least one WHEN");
        }
    }

    public CaseNode withWhens(List<WhenNode> newWhens) {
        return new CaseNode(subject, newWhens, otherwise);
    }

    public CaseNode withOtherwise(ExpressionNode newOtherwise) {
        return new CaseNode(subject, whens, newOtherwise);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitCase(this);
    }
}
