package io.dosql.query.node;

import java.util.List;
import java.util.Objects;

/**
 * One arm of MERGE: {@code when [not] matched [and condition] then update set … | delete |
 * insert (columns) values (…) | do nothing}.
 */
public record MergeWhenNode(boolean matched, ExpressionNode condition, Action action,
                            List<ColumnUpdateNode> updates, List<String> insertColumns,
                            List<ExpressionNode> insertValues) implements OperationNode {
    /** What the arm does. */
    public enum Action { UPDATE, DELETE, INSERT, DO_NOTHING }

    public MergeWhenNode {
        Objects.requireNonNull(action, "action is null");
        updates = List.copyOf(updates);
        insertColumns = List.copyOf(insertColumns);
        insertValues = List.copyOf(insertValues);
        if (matched && action == Action.INSERT) {
            throw new IllegalArgumentException("WHEN MATCHED cannot INSERT");
        }
        if (!matched && (action == Action.UPDATE || action == Action.DELETE)) {
            throw new IllegalArgumentException("WHEN NOT MATCHED can only INSERT or DO NOTHING");
        }
        if (action == Action.UPDATE && updates.isEmpty()) {
            throw new IllegalArgumentException("UPDATE needs at least one column");
        }
        if (action == Action.INSERT && insertColumns.size() != insertValues.size()) {
            throw new IllegalArgumentException("INSERT columns and values differ in number");
        }
    }

    public MergeWhenNode withCondition(ExpressionNode newCondition) {
        return new MergeWhenNode(matched, newCondition, action, updates, insertColumns, insertValues);
    }

    public MergeWhenNode withUpdates(List<ColumnUpdateNode> newUpdates) {
        return new MergeWhenNode(matched, condition, action, newUpdates, insertColumns, insertValues);
    }

    public MergeWhenNode withInsertValues(List<ExpressionNode> newValues) {
        return new MergeWhenNode(matched, condition, action, updates, insertColumns, newValues);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitMergeWhen(this);
    }
}
