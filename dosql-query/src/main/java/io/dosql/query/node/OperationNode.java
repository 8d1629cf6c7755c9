package io.dosql.query.node;

/**
 * One node of the immutable operation tree that builders produce and compilers turn into SQL.
 *
 * <p>The hierarchy is closed: every record implements {@link #accept}, which calls the matching
 * {@code visitX} method, so a new node kind does not compile until the visitor (and therefore every
 * compiler and the transformer) handles it.
 */
public sealed interface OperationNode
    permits ExpressionNode, QueryNode, TableSourceNode, JoinNode, OrderByItemNode, WhenNode, WindowNode,
        LockNode, SetOperationNode, CommonTableExpressionNode, WithNode, ColumnUpdateNode, OnConflictNode,
        OnDuplicateKeyNode, MergeWhenNode {

    /** Double dispatch into the visitor method for this node kind. */
    <R> R accept(OperationNodeVisitor<R> visitor);
}
