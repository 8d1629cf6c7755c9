package io.dosql.query.node;

import java.util.List;

/**
 * A SELECT statement. Nullable parts ({@code with}, {@code where}, {@code having}, {@code limit},
 * {@code offset}, {@code lock}) are absent when null; lists are empty when absent. {@code orderBy},
 * {@code limit}, {@code offset} and {@code lock} apply to the whole statement, after any set operations.
 */
public record SelectQueryNode(WithNode with, boolean distinct, List<ExpressionNode> distinctOn,
                              List<ExpressionNode> selections, List<TableSourceNode> from, List<JoinNode> joins,
                              ExpressionNode where, List<ExpressionNode> groupBy, ExpressionNode having,
                              List<SetOperationNode> setOperations, List<OrderByItemNode> orderBy,
                              ExpressionNode limit, ExpressionNode offset, LockNode lock) implements QueryNode {
    public SelectQueryNode {
        distinctOn = copy(distinctOn);
        selections = copy(selections);
        from = copy(from);
        joins = copy(joins);
        groupBy = copy(groupBy);
        setOperations = copy(setOperations);
        orderBy = copy(orderBy);
    }

    /** The shared empty list ({@code List.of()}), which every builder step passes on for absent parts. */
    private static final List<?> EMPTY = List.of();

    /** {@code List.copyOf}, with the shared empty list kept by a plain identity check (most parts are absent). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> copy(List<T> list) {
        return list == EMPTY ? (List<T>) EMPTY : List.copyOf(list);
    }

    /** {@code select from …} with nothing else yet. */
    public static SelectQueryNode from(List<TableSourceNode> from) {
        return new SelectQueryNode(null, false, List.of(), List.of(), from, List.of(), null, List.of(), null,
            List.of(), List.of(), null, null, null);
    }

    /** list + more as an immutable list, copying once (record constructors then keep it as is). */
    @SuppressWarnings("unchecked")
    static <T> List<T> plus(List<T> list, List<? extends T> more) {
        if (list.isEmpty()) {
            // an immutable list is kept as it is
            return List.copyOf(more);
        }
        Object[] all = new Object[list.size() + more.size()];
        int i = 0;
        for (T element : list) {
            all[i++] = element;
        }
        for (T element : more) {
            all[i++] = element;
        }
        return (List<T>) List.of(all);
    }

    public SelectQueryNode withWith(WithNode newWith) {
        return new SelectQueryNode(newWith, distinct, distinctOn, selections, from, joins, where, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withDistinct(boolean newDistinct) {
        return new SelectQueryNode(with, newDistinct, distinctOn, selections, from, joins, where, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withDistinctOn(List<ExpressionNode> newDistinctOn) {
        return new SelectQueryNode(with, distinct, newDistinctOn, selections, from, joins, where, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withSelections(List<ExpressionNode> newSelections) {
        return new SelectQueryNode(with, distinct, distinctOn, newSelections, from, joins, where, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode plusSelections(List<? extends ExpressionNode> more) {
        return withSelections(plus(selections, more));
    }

    public SelectQueryNode withFrom(List<TableSourceNode> newFrom) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, newFrom, joins, where, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withJoins(List<JoinNode> newJoins) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, newJoins, where, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode plusJoin(JoinNode join) {
        return withJoins(plus(joins, List.of(join)));
    }

    public SelectQueryNode withWhere(ExpressionNode newWhere) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, newWhere, groupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withGroupBy(List<ExpressionNode> newGroupBy) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, newGroupBy, having,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withHaving(ExpressionNode newHaving) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, groupBy, newHaving,
            setOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withSetOperations(List<SetOperationNode> newSetOperations) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, groupBy, having,
            newSetOperations, orderBy, limit, offset, lock);
    }

    public SelectQueryNode withOrderBy(List<OrderByItemNode> newOrderBy) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, groupBy, having,
            setOperations, newOrderBy, limit, offset, lock);
    }

    public SelectQueryNode withLimit(ExpressionNode newLimit) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, groupBy, having,
            setOperations, orderBy, newLimit, offset, lock);
    }

    public SelectQueryNode withOffset(ExpressionNode newOffset) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, groupBy, having,
            setOperations, orderBy, limit, newOffset, lock);
    }

    public SelectQueryNode withLock(LockNode newLock) {
        return new SelectQueryNode(with, distinct, distinctOn, selections, from, joins, where, groupBy, having,
            setOperations, orderBy, limit, offset, newLock);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitSelectQuery(this);
    }
}
