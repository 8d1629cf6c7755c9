package io.dosql.query.expression;

import io.dosql.query.node.SelectQueryNode;

/**
 * A SELECT that can stand where an expression goes; {@code T} is the type of its single column
 * (use {@code Object} when untyped).
 */
public interface Subquery<T> {
    SelectQueryNode toSelectNode();
}
