package io.dosql.query.builder;

import io.dosql.query.node.QueryNode;

/** Anything that stands for a whole statement: builders, result queries, raw SQL. */
public interface QueryNodeSource {
    QueryNode toQueryNode();
}
