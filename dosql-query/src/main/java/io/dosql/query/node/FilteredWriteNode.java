package io.dosql.query.node;

import java.util.List;

/** An UPDATE or DELETE: a write narrowed by a WHERE clause, optionally returning rows. */
public interface FilteredWriteNode<N extends FilteredWriteNode<N>> {
    ExpressionNode where();

    N withWhere(ExpressionNode newWhere);

    N withReturning(List<ExpressionNode> newReturning);
}
