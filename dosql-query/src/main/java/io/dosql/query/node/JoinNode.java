package io.dosql.query.node;

import java.util.Objects;

/** {@code type [lateral] table on condition}; {@code on} is null for cross joins. */
public record JoinNode(JoinType type, TableSourceNode table, ExpressionNode on, boolean lateral)
    implements OperationNode {
    public JoinNode {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(table, "table is null");
        if (type == JoinType.CROSS && on != null) {
            throw new IllegalArgumentException("a cross join has no ON condition");
        }
        if (type != JoinType.CROSS && on == null) {
            throw new IllegalArgumentException(type.sql() + " needs an ON condition");
        }
    }

    public JoinNode withOn(ExpressionNode newOn) {
        return new JoinNode(type, table, newOn, lateral);
    }

    public JoinNode withTable(TableSourceNode newTable) {
        return new JoinNode(type, newTable, on, lateral);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitJoin(this);
    }
}
