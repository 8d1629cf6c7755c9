package io.dosql.query.builder;

import io.dosql.query.dialect.SupportsReturning;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.expression.Field;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.UpdateQueryNode;
import java.util.List;
import java.util.Map;

/** UPDATE for dialects with RETURNING (PostgreSQL, SQLite, DoSQL). */
public final class PostgresUpdateQueryBuilder<D extends SupportsReturning>
    extends UpdateQueryBuilder<D, PostgresUpdateQueryBuilder<D>> {

    public PostgresUpdateQueryBuilder(QueryExecutor executor, UpdateQueryNode node) {
        super(executor, node);
    }

    @Override
    protected PostgresUpdateQueryBuilder<D> with(UpdateQueryNode newNode) {
        return new PostgresUpdateQueryBuilder<>(executor, newNode);
    }

    /** {@code … returning "a", "b"}. */
    public ResultQuery<Map<String, Object>> returning(String... columns) {
        return returningNodes(Nodes.selections(columns));
    }

    /** {@code … returning <expressions>}. */
    public ResultQuery<Map<String, Object>> returning(Field<?>... fields) {
        return returningNodes(Nodes.fields(fields));
    }

    /** {@code … returning *}. */
    public ResultQuery<Map<String, Object>> returningAll() {
        return returningNodes(List.of(new AllColumnsNode(null)));
    }
}
