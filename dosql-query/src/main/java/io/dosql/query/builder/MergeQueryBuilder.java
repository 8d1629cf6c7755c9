package io.dosql.query.builder;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.dialect.SupportsMerge;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.expression.Expressions;
import io.dosql.query.expression.Field;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.MergeQueryNode;
import io.dosql.query.node.MergeWhenNode;
import io.dosql.query.node.QueryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Builds {@code merge into target using source on … when [not] matched …} (PostgreSQL 15+, DoSQL); only
 * the facades of those dialects offer {@code mergeInto}, so it does not compile for MySQL or SQLite.
 *
 * @param <D> the dialect, which must support MERGE
 */
public final class MergeQueryBuilder<D extends SupportsMerge> implements QueryNodeSource {
    private final QueryExecutor executor;
    private final MergeQueryNode node;

    public MergeQueryBuilder(QueryExecutor executor, MergeQueryNode node) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.node = Objects.requireNonNull(node, "node is null");
    }

    private MergeQueryBuilder<D> plus(MergeWhenNode when) {
        List<MergeWhenNode> whens = new ArrayList<>(node.whens());
        whens.add(when);
        return new MergeQueryBuilder<>(executor, node.withWhens(whens));
    }

    private static ExpressionNode condition(Field<Boolean> condition) {
        return condition == null ? null : condition.toOperationNode();
    }

    /** {@code when matched then update set …}. */
    public MergeQueryBuilder<D> whenMatchedThenUpdate(UnaryOperator<ColumnUpdates> updates) {
        return whenMatchedAndThenUpdate(null, updates);
    }

    /** {@code when matched and <condition> then update set …}. */
    public MergeQueryBuilder<D> whenMatchedAndThenUpdate(Field<Boolean> condition, UnaryOperator<ColumnUpdates> updates) {
        return plus(new MergeWhenNode(true, condition(condition), MergeWhenNode.Action.UPDATE,
            updates.apply(ColumnUpdates.empty()).toOperationNodes(), List.of(), List.of()));
    }

    /** {@code when matched then delete}. */
    public MergeQueryBuilder<D> whenMatchedThenDelete() {
        return whenMatchedAndThenDelete(null);
    }

    /** {@code when matched and <condition> then delete}. */
    public MergeQueryBuilder<D> whenMatchedAndThenDelete(Field<Boolean> condition) {
        return plus(new MergeWhenNode(true, condition(condition), MergeWhenNode.Action.DELETE, List.of(), List.of(),
            List.of()));
    }

    /** {@code when not matched then insert ("a", "b") values (?, ?)}; Field values are expressions. */
    public MergeQueryBuilder<D> whenNotMatchedThenInsert(Map<String, ?> values) {
        List<String> columns = new ArrayList<>(values.keySet());
        List<ExpressionNode> nodes = new ArrayList<>();
        for (String column : columns) {
            nodes.add(Expressions.node(values.get(column)));
        }
        return plus(new MergeWhenNode(false, null, MergeWhenNode.Action.INSERT, List.of(), columns, nodes));
    }

    /** {@code when not matched then do nothing}. */
    public MergeQueryBuilder<D> whenNotMatchedThenDoNothing() {
        return plus(new MergeWhenNode(false, null, MergeWhenNode.Action.DO_NOTHING, List.of(), List.of(), List.of()));
    }

    public MergeQueryNode toOperationNode() {
        return node;
    }

    @Override
    public QueryNode toQueryNode() {
        return node;
    }

    public CompiledQuery compile() {
        return executor.compile(node);
    }

    /** Runs the MERGE and returns the number of rows inserted, updated or deleted. */
    public long execute() {
        return executor.update(compile());
    }
}
