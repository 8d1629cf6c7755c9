package io.dosql.query.builder;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.expression.Field;
import io.dosql.query.expression.Table;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a DELETE; dialects with RETURNING get a subclass that has {@code returning(…)}. Immutable.
 *
 * @param <D> the dialect (phantom type)
 * @param <SELF> the concrete builder type
 */
public abstract class DeleteQueryBuilder<D, SELF extends DeleteQueryBuilder<D, SELF>> implements QueryNodeSource {
    protected final QueryExecutor executor;
    protected final DeleteQueryNode node;

    protected DeleteQueryBuilder(QueryExecutor executor, DeleteQueryNode node) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.node = Objects.requireNonNull(node, "node is null");
    }

    protected abstract SELF with(DeleteQueryNode newNode);

    private SELF using(TableSourceNode source) {
        return with(node.withUsing(SelectQueryNodeLists.plus(node.using(), List.of(source))));
    }

    /** {@code delete from "t" using "other"} (MySQL: {@code delete from t using t, other}; not SQLite). */
    public SELF using(String table) {
        return using(TableNode.parse(table));
    }

    /** {@code … using "other"} for a typed table. */
    public SELF using(Table<?> table) {
        return using(table.toOperationNode());
    }

    /** {@code where <condition>}; repeated calls are AND-ed. */
    public SELF where(Field<Boolean> condition) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(), condition.toOperationNode())));
    }

    /** {@code where "column" op ?}. */
    public SELF where(String column, String operator, Object value) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(), Nodes.comparison(column, operator, value))));
    }

    /** {@code where "a"."x" = "b"."y"}. */
    public SELF whereRef(String leftColumn, String operator, String rightColumn) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(),
            Nodes.referenceComparison(leftColumn, operator, rightColumn))));
    }

    public DeleteQueryNode toOperationNode() {
        return node;
    }

    @Override
    public QueryNode toQueryNode() {
        return node;
    }

    public CompiledQuery compile() {
        return executor.compile(node);
    }

    /** The database's plan for this statement ({@code explain delete …}; PostgreSQL does not run it). */
    public List<Map<String, Object>> explain() {
        return executor.query(executor.compileExplain(node), 0);
    }

    /** Runs the delete and returns the number of deleted rows. */
    public long execute() {
        return executor.update(compile());
    }

    protected ResultQuery<Map<String, Object>> returningNodes(List<ExpressionNode> returning) {
        return ResultQuery.ofMaps(executor, node.withReturning(returning));
    }
}
