package io.dosql.parser.ast;

import java.util.Objects;

/** {@code EXPLAIN [ANALYZE] [VERBOSE] statement} (also {@code EXPLAIN (ANALYZE, …)}). */
public record ExplainStatement(Statement statement, boolean analyze, boolean verbose) implements Statement {
    public ExplainStatement {
        Objects.requireNonNull(statement, "statement is null");
    }
}
