package io.dosql.query.compiler;

import io.dosql.query.node.QueryNode;

/** Turns an operation tree into SQL for one dialect. Implementations are cheap and single-use per call. */
public interface QueryCompiler {
    CompiledQuery compile(QueryNode query);
}
