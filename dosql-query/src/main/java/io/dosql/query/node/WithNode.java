package io.dosql.query.node;

import java.util.ArrayList;
import java.util.List;

/** {@code with [recursive] cte, cte, …} in front of any statement. */
public record WithNode(boolean recursive, List<CommonTableExpressionNode> expressions) implements OperationNode {
    public WithNode {
        expressions = List.copyOf(expressions);
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("WITH needs at least one common table expression");
        }
    }

    /** Appends one expression to an optional existing WITH; recursive if either asks for it. */
    public static WithNode append(WithNode with, CommonTableExpressionNode expression, boolean recursive) {
        if (with == null) {
            return new WithNode(recursive, List.of(expression));
        }
        List<CommonTableExpressionNode> all = new ArrayList<>(with.expressions);
        all.add(expression);
        return new WithNode(with.recursive || recursive, all);
    }

    public WithNode withExpressions(List<CommonTableExpressionNode> newExpressions) {
        return new WithNode(recursive, newExpressions);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitWith(this);
    }
}
