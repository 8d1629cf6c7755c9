package io.dosql.query.builder;

import io.dosql.query.dialect.SupportsOnConflict;
import io.dosql.query.dialect.SupportsReturning;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.expression.Column;
import io.dosql.query.expression.Field;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.OnConflictNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * INSERT for dialects with PostgreSQL's {@code on conflict} and {@code returning} (PostgreSQL, SQLite,
 * DoSQL); MySQL's builder lacks these methods, so calling them there does not compile.
 *
 * @param <D> the dialect, which must support RETURNING and ON CONFLICT
 */
public final class PostgresInsertQueryBuilder<D extends SupportsReturning & SupportsOnConflict>
    extends InsertQueryBuilder<D, PostgresInsertQueryBuilder<D>> {

    public PostgresInsertQueryBuilder(QueryExecutor executor, InsertQueryNode node) {
        super(executor, node);
    }

    @Override
    protected PostgresInsertQueryBuilder<D> with(InsertQueryNode newNode) {
        return new PostgresInsertQueryBuilder<>(executor, newNode);
    }

    /** Starts {@code on conflict ("a", "b") …}; finish with {@code doNothing()} or {@code doUpdateSet(…)}. */
    public ConflictTarget onConflict(String... columns) {
        return new ConflictTarget(List.of(columns));
    }

    /** Starts {@code on conflict ("id") …} for typed columns. */
    public ConflictTarget onConflict(Column<?>... columns) {
        return new ConflictTarget(Nodes.columnNames(columns));
    }

    /** {@code on conflict do nothing} for any constraint. */
    public PostgresInsertQueryBuilder<D> onConflictDoNothing() {
        return with(node.withOnConflict(new OnConflictNode(List.of(), List.of(), null)));
    }

    /** {@code returning "a", "b"}; the statement then yields rows. */
    public ResultQuery<Map<String, Object>> returning(String... columns) {
        return returningNodes(Nodes.selections(columns));
    }

    /** {@code returning <expressions>}. */
    public ResultQuery<Map<String, Object>> returning(Field<?>... fields) {
        return returningNodes(Nodes.fields(fields));
    }

    /** {@code returning *}. */
    public ResultQuery<Map<String, Object>> returningAll() {
        return returningNodes(List.of(new AllColumnsNode(null)));
    }

    /** The conflict target chosen by {@code onConflict(…)}, waiting for its action. */
    public final class ConflictTarget {
        private final List<String> columns;

        private ConflictTarget(List<String> columns) {
            this.columns = columns;
        }

        /** {@code on conflict (…) do nothing}. */
        public PostgresInsertQueryBuilder<D> doNothing() {
            return with(node.withOnConflict(new OnConflictNode(columns, List.of(), null)));
        }

        /** {@code on conflict (…) do update set …}, e.g. {@code doUpdateSet(u -> u.setExcluded("name"))}. */
        public PostgresInsertQueryBuilder<D> doUpdateSet(UnaryOperator<ColumnUpdates> updates) {
            return with(node.withOnConflict(
                new OnConflictNode(columns, updates.apply(ColumnUpdates.empty()).toOperationNodes(), null)));
        }

        /** {@code on conflict (…) do update set … where <condition>}. */
        public PostgresInsertQueryBuilder<D> doUpdateSet(UnaryOperator<ColumnUpdates> updates, Field<Boolean> where) {
            return with(node.withOnConflict(new OnConflictNode(columns,
                updates.apply(ColumnUpdates.empty()).toOperationNodes(), where.toOperationNode())));
        }
    }
}
