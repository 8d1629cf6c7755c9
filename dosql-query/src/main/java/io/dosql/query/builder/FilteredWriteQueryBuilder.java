package io.dosql.query.builder;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.expression.Field;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FilteredWriteNode;
import io.dosql.query.node.QueryNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What UPDATE and DELETE builders share: the WHERE clause, compiling, EXPLAIN, running and RETURNING.
 * Immutable; every call returns a new builder through {@link #with}.
 *
 * @param <N> the statement's operation node
 * @param <SELF> the concrete builder type
 */
public abstract class FilteredWriteQueryBuilder<N extends QueryNode & FilteredWriteNode<N>, SELF> implements QueryNodeSource {
    protected final QueryExecutor executor;
    protected final N node;

    protected FilteredWriteQueryBuilder(QueryExecutor executor, N node) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.node = Objects.requireNonNull(node, "node is null");
    }

    protected abstract SELF with(N newNode);

    private SELF andWhere(ExpressionNode condition) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(), condition)));
    }

    /** {@code where <condition>}; repeated calls are AND-ed. */
    public SELF where(Field<Boolean> condition) {
        return andWhere(condition.toOperationNode());
    }

    /** {@code where "column" op ?}. */
    public SELF where(String column, String operator, Object value) {
        return andWhere(Nodes.comparison(column, operator, value));
    }

    /** {@code where "a"."x" = "b"."y"}. */
    public SELF whereRef(String leftColumn, String operator, String rightColumn) {
        return andWhere(Nodes.referenceComparison(leftColumn, operator, rightColumn));
    }

    public N toOperationNode() {
        return node;
    }

    @Override
    public QueryNode toQueryNode() {
        return node;
    }

    public CompiledQuery compile() {
        return executor.compile(node);
    }

    /** The database's plan for this statement ({@code explain update|delete …}; PostgreSQL does not run it). */
    public List<Map<String, Object>> explain() {
        return executor.query(executor.compileExplain(node), 0);
    }

    /** Runs the statement and returns the number of rows it changed. */
    public long execute() {
        return executor.update(compile());
    }

    protected ResultQuery<Map<String, Object>> returningNodes(List<ExpressionNode> returning) {
        return ResultQuery.ofMaps(executor, node.withReturning(returning));
    }
}
