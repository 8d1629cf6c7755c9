package io.dosql.query.builder;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.expression.Column;
import io.dosql.query.expression.Expressions;
import io.dosql.query.expression.Field;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.QueryNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds an INSERT; the dialect subclasses add what only their dialect has (RETURNING and ON CONFLICT,
 * or ON DUPLICATE KEY UPDATE), so a misuse does not compile. Immutable.
 *
 * @param <D> the dialect (phantom type)
 * @param <SELF> the concrete builder type returned by every method
 */
public abstract class InsertQueryBuilder<D, SELF extends InsertQueryBuilder<D, SELF>> implements QueryNodeSource {
    protected final QueryExecutor executor;
    protected final InsertQueryNode node;

    protected InsertQueryBuilder(QueryExecutor executor, InsertQueryNode node) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.node = Objects.requireNonNull(node, "node is null");
    }

    /** A copy of this builder over another node. */
    protected abstract SELF with(InsertQueryNode newNode);

    /** {@code insert into "t" ("a", "b")}; follow with {@link #values(Object...)} or {@link #fromSelect}. */
    public SELF columns(String... columns) {
        return with(node.withRows(List.of(columns), List.of()));
    }

    /** {@code insert into "person" ("id", "name")} for typed columns. */
    public SELF columns(Column<?>... columns) {
        return with(node.withRows(Nodes.columnNames(columns), List.of()));
    }

    /** Adds the row {@code (?, ?)} for the columns given before; call again for multi-row inserts. */
    public SELF values(Object... values) {
        List<ExpressionNode> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(Expressions.node(value));
        }
        List<List<ExpressionNode>> rows = new ArrayList<>(node.rows());
        rows.add(row);
        return with(node.withRows(node.columns(), rows));
    }

    /** Adds one row from a map of column to value: {@code ("a", "b") values (?, ?)}. */
    public SELF values(Map<String, ?> row) {
        return values(List.of(row));
    }

    /** Adds rows from maps; every map must have the same columns: {@code values (?, ?), (?, ?)}. */
    public SELF values(List<? extends Map<String, ?>> rowMaps) {
        if (rowMaps.isEmpty()) {
            throw new IllegalArgumentException("values needs at least one row");
        }
        List<String> columns = node.columns().isEmpty() ? List.copyOf(rowMaps.get(0).keySet()) : node.columns();
        Set<String> expected = new LinkedHashSet<>(columns);
        List<List<ExpressionNode>> rows = new ArrayList<>(node.rows());
        for (Map<String, ?> rowMap : rowMaps) {
            if (!rowMap.keySet().equals(expected)) {
                throw new IllegalArgumentException("row has columns " + rowMap.keySet() + ", expected " + expected);
            }
            List<ExpressionNode> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                row.add(Expressions.node(rowMap.get(column)));
            }
            rows.add(row);
        }
        return with(node.withRows(columns, rows));
    }

    /** Sets one column of a single-row insert: {@code ("name") values (?)}; type-checked by the column. */
    public <T> SELF set(Column<T> column, T value) {
        return set(column.name(), Expressions.node(value));
    }

    /** Sets one column of a single-row insert to an expression. */
    public <T> SELF set(Column<T> column, Field<T> value) {
        return set(column.name(), value.toOperationNode());
    }

    /** Sets one column of a single-row insert (string form). */
    public SELF set(String column, Object value) {
        return set(column, Expressions.node(value));
    }

    private SELF set(String column, ExpressionNode value) {
        if (node.rows().size() > 1) {
            throw new IllegalStateException("set(…) builds a single-row insert; this one has several rows");
        }
        List<String> columns = new ArrayList<>(node.columns());
        columns.add(column);
        List<ExpressionNode> row = new ArrayList<>(node.rows().isEmpty() ? List.of() : node.rows().get(0));
        row.add(value);
        return with(node.withRows(columns, List.of(row)));
    }

    /** {@code insert into "t" (columns) select …}: columns from {@link #columns}, rows from the query. */
    public SELF fromSelect(SelectQueryBuilder<D> select) {
        return with(node.withSelect(node.columns(), select.toOperationNode()));
    }

    public InsertQueryNode toOperationNode() {
        return node;
    }

    @Override
    public QueryNode toQueryNode() {
        return node;
    }

    /** The SQL and parameters without running anything. */
    public CompiledQuery compile() {
        return executor.compile(node);
    }

    /** The database's plan for this statement ({@code explain insert …}; PostgreSQL does not run it). */
    public List<Map<String, Object>> explain() {
        return executor.query(executor.compileExplain(node), 0);
    }

    /** Runs the insert and returns the number of inserted (or upserted) rows. */
    public long execute() {
        return executor.update(compile());
    }

    /** RETURNING support for the subclasses of dialects that have it. */
    protected ResultQuery<Map<String, Object>> returningNodes(List<ExpressionNode> returning) {
        return ResultQuery.ofMaps(executor, node.withReturning(returning));
    }
}
