package io.dosql.query.node;

import java.util.List;

/** MySQL/MariaDB {@code on duplicate key update …}. */
public record OnDuplicateKeyNode(List<ColumnUpdateNode> updates) implements OperationNode {
    public OnDuplicateKeyNode {
        updates = List.copyOf(updates);
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("ON DUPLICATE KEY UPDATE needs at least one column");
        }
    }

    public OnDuplicateKeyNode withUpdates(List<ColumnUpdateNode> newUpdates) {
        return new OnDuplicateKeyNode(newUpdates);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitOnDuplicateKey(this);
    }
}
