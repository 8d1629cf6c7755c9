package io.dosql.query.node;

import java.util.List;

/**
 * {@code on conflict (columns) do nothing} when {@code updates} is empty, else
 * {@code on conflict (columns) do update set … [where updateWhere]}.
 */
public record OnConflictNode(List<String> columns, List<ColumnUpdateNode> updates, ExpressionNode updateWhere)
    implements OperationNode {
    public OnConflictNode {
        columns = List.copyOf(columns);
        updates = List.copyOf(updates);
        if (!updates.isEmpty() && columns.isEmpty()) {
            throw new IllegalArgumentException("ON CONFLICT DO UPDATE needs conflict target columns");
        }
        if (updates.isEmpty() && updateWhere != null) {
            throw new IllegalArgumentException("ON CONFLICT DO NOTHING takes no WHERE");
        }
    }

    public boolean doNothing() {
        return updates.isEmpty();
    }

    public OnConflictNode withUpdates(List<ColumnUpdateNode> newUpdates) {
        return new OnConflictNode(columns, newUpdates, updateWhere);
    }

    public OnConflictNode withUpdateWhere(ExpressionNode newUpdateWhere) {
        return new OnConflictNode(columns, updates, newUpdateWhere);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitOnConflict(this);
    }
}
