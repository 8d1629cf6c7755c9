package io.dosql.query.node;

/** A complete statement: SELECT, INSERT, UPDATE, DELETE, MERGE or a raw SQL template. */
public sealed interface QueryNode extends OperationNode
    permits SelectQueryNode, InsertQueryNode, UpdateQueryNode, DeleteQueryNode, MergeQueryNode, RawNode {
}
