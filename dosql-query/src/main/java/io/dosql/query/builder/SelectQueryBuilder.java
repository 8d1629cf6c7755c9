package io.dosql.query.builder;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.dialect.Feature;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.execution.RowMapper;
import io.dosql.query.expression.Field;
import io.dosql.query.expression.OrderField;
import io.dosql.query.expression.Subquery;
import io.dosql.query.expression.Table;
import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.JoinNode;
import io.dosql.query.node.JoinType;
import io.dosql.query.node.LockNode;
import io.dosql.query.node.OrderByItemNode;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.SetOperationNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.ValueNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds a SELECT. Immutable: each method returns a new builder over a copied node, so a builder can be
 * shared and extended in several directions. SQL shown for PostgreSQL; other dialects differ in quoting.
 *
 * @param <D> the dialect (phantom type) this query is for
 */
public final class SelectQueryBuilder<D> implements Subquery<Object>, QueryNodeSource {
    private final QueryExecutor executor;
    private final SelectQueryNode node;

    public SelectQueryBuilder(QueryExecutor executor, SelectQueryNode node) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.node = Objects.requireNonNull(node, "node is null");
    }

    private SelectQueryBuilder<D> with(SelectQueryNode newNode) {
        return new SelectQueryBuilder<>(executor, newNode);
    }

    private void require(Feature feature) {
        executor.dialect().adapter().require(feature);
    }

    // ---- selection ---------------------------------------------------------------------------------

    /** {@code select "id", "person"."name" as "n"} from {@code select("id", "person.name as n")}. */
    public SelectQueryBuilder<D> select(String... columns) {
        return with(node.plusSelections(Nodes.selections(columns)));
    }

    /** {@code select <expressions>}, e.g. {@code select(PERSON.ID, count().as("n"))}. */
    public SelectQueryBuilder<D> select(Field<?>... fields) {
        return with(node.plusSelections(Nodes.fields(fields)));
    }

    /** {@code select *}. */
    public SelectQueryBuilder<D> selectAll() {
        return with(node.plusSelections(List.of(new AllColumnsNode(null))));
    }

    /** {@code select "table".*}. */
    public SelectQueryBuilder<D> selectAll(String table) {
        return with(node.plusSelections(List.of(new AllColumnsNode(table))));
    }

    /** {@code select "person".*} for a typed table. */
    public SelectQueryBuilder<D> selectAll(Table<?> table) {
        return selectAll(table.referenceName());
    }

    /** {@code select distinct …}. */
    public SelectQueryBuilder<D> distinct() {
        return with(node.withDistinct(true));
    }

    /** {@code select distinct on ("a") …} (PostgreSQL, DoSQL). */
    public SelectQueryBuilder<D> distinctOn(String... columns) {
        require(Feature.DISTINCT_ON);
        return with(node.withDistinctOn(Nodes.references(columns)));
    }

    /** {@code select distinct on (expr) …} (PostgreSQL, DoSQL). */
    public SelectQueryBuilder<D> distinctOn(Field<?>... fields) {
        require(Feature.DISTINCT_ON);
        return with(node.withDistinctOn(Nodes.fields(fields)));
    }

    // ---- joins -------------------------------------------------------------------------------------

    private SelectQueryBuilder<D> join(JoinType type, TableSourceNode table, ExpressionNode on, boolean lateral) {
        if (type == JoinType.FULL) {
            require(Feature.FULL_JOIN);
        } else if (type == JoinType.RIGHT) {
            require(Feature.RIGHT_JOIN);
        }
        if (lateral) {
            require(Feature.LATERAL_JOIN);
        }
        return with(node.plusJoin(new JoinNode(type, table, on, lateral)));
    }

    /** {@code inner join "pet" on "pet"."owner_id" = "person"."id"} from {@code innerJoin("pet", "pet.owner_id", "person.id")}. */
    public SelectQueryBuilder<D> innerJoin(String table, String leftColumn, String rightColumn) {
        return join(JoinType.INNER, TableNode.parse(table), Nodes.referenceComparison(leftColumn, "=", rightColumn),
            false);
    }

    /** {@code inner join "pet" on <condition>}. */
    public SelectQueryBuilder<D> innerJoin(String table, Field<Boolean> on) {
        return join(JoinType.INNER, TableNode.parse(table), on.toOperationNode(), false);
    }

    /** {@code inner join "pet" on <condition>} for a typed table. */
    public SelectQueryBuilder<D> innerJoin(Table<?> table, Field<Boolean> on) {
        return join(JoinType.INNER, table.toOperationNode(), on.toOperationNode(), false);
    }

    /** {@code inner join (select …) as "alias" on <condition>}. */
    public SelectQueryBuilder<D> innerJoin(AliasedSubquery subquery, Field<Boolean> on) {
        return join(JoinType.INNER, subquery.toOperationNode(), on.toOperationNode(), false);
    }

    /** {@code left join "pet" on "pet"."owner_id" = "person"."id"}. */
    public SelectQueryBuilder<D> leftJoin(String table, String leftColumn, String rightColumn) {
        return join(JoinType.LEFT, TableNode.parse(table), Nodes.referenceComparison(leftColumn, "=", rightColumn),
            false);
    }

    /** {@code left join "pet" on <condition>}. */
    public SelectQueryBuilder<D> leftJoin(String table, Field<Boolean> on) {
        return join(JoinType.LEFT, TableNode.parse(table), on.toOperationNode(), false);
    }

    /** {@code left join "pet" on <condition>} for a typed table. */
    public SelectQueryBuilder<D> leftJoin(Table<?> table, Field<Boolean> on) {
        return join(JoinType.LEFT, table.toOperationNode(), on.toOperationNode(), false);
    }

    /** {@code left join (select …) as "alias" on <condition>}. */
    public SelectQueryBuilder<D> leftJoin(AliasedSubquery subquery, Field<Boolean> on) {
        return join(JoinType.LEFT, subquery.toOperationNode(), on.toOperationNode(), false);
    }

    /** {@code right join "pet" on …}. */
    public SelectQueryBuilder<D> rightJoin(String table, String leftColumn, String rightColumn) {
        return join(JoinType.RIGHT, TableNode.parse(table), Nodes.referenceComparison(leftColumn, "=", rightColumn),
            false);
    }

    /** {@code right join "pet" on <condition>} for a typed table. */
    public SelectQueryBuilder<D> rightJoin(Table<?> table, Field<Boolean> on) {
        return join(JoinType.RIGHT, table.toOperationNode(), on.toOperationNode(), false);
    }

    /** {@code full join "pet" on …}; MySQL/MariaDB have none and fail here. */
    public SelectQueryBuilder<D> fullJoin(String table, String leftColumn, String rightColumn) {
        return join(JoinType.FULL, TableNode.parse(table), Nodes.referenceComparison(leftColumn, "=", rightColumn),
            false);
    }

    /** {@code full join "pet" on <condition>} for a typed table. */
    public SelectQueryBuilder<D> fullJoin(Table<?> table, Field<Boolean> on) {
        return join(JoinType.FULL, table.toOperationNode(), on.toOperationNode(), false);
    }

    /** {@code cross join "pet"}. */
    public SelectQueryBuilder<D> crossJoin(String table) {
        return join(JoinType.CROSS, TableNode.parse(table), null, false);
    }

    /** {@code cross join "pet"} for a typed table. */
    public SelectQueryBuilder<D> crossJoin(Table<?> table) {
        return join(JoinType.CROSS, table.toOperationNode(), null, false);
    }

    /** {@code inner join lateral (select …) as "alias" on <condition>} (PostgreSQL, DoSQL). */
    public SelectQueryBuilder<D> innerJoinLateral(AliasedSubquery subquery, Field<Boolean> on) {
        return join(JoinType.INNER, subquery.toOperationNode(), on.toOperationNode(), true);
    }

    /** {@code left join lateral (select …) as "alias" on <condition>} (PostgreSQL, DoSQL). */
    public SelectQueryBuilder<D> leftJoinLateral(AliasedSubquery subquery, Field<Boolean> on) {
        return join(JoinType.LEFT, subquery.toOperationNode(), on.toOperationNode(), true);
    }

    /** {@code cross join lateral (select …) as "alias"} (PostgreSQL, DoSQL). */
    public SelectQueryBuilder<D> crossJoinLateral(AliasedSubquery subquery) {
        return join(JoinType.CROSS, subquery.toOperationNode(), null, true);
    }

    // ---- filters -----------------------------------------------------------------------------------

    /** {@code where <condition>}; a second call adds {@code and <condition>}. */
    public SelectQueryBuilder<D> where(Field<Boolean> condition) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(), condition.toOperationNode())));
    }

    /** {@code where "age" > ?} from {@code where("age", ">", 18)}; {@code in} takes a collection. */
    public SelectQueryBuilder<D> where(String column, String operator, Object value) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(), Nodes.comparison(column, operator, value))));
    }

    /** {@code where "pet"."owner_id" = "person"."id"}: compares two columns. */
    public SelectQueryBuilder<D> whereRef(String leftColumn, String operator, String rightColumn) {
        return with(node.withWhere(BinaryOperationNode.and(node.where(),
            Nodes.referenceComparison(leftColumn, operator, rightColumn))));
    }

    /** {@code where <existing> or <condition>}. */
    public SelectQueryBuilder<D> orWhere(Field<Boolean> condition) {
        return with(node.withWhere(Nodes.or(node.where(), condition.toOperationNode())));
    }

    /** {@code where <existing> or "column" op ?}. */
    public SelectQueryBuilder<D> orWhere(String column, String operator, Object value) {
        return with(node.withWhere(Nodes.or(node.where(), Nodes.comparison(column, operator, value))));
    }

    /** {@code group by "a", "b"}. */
    public SelectQueryBuilder<D> groupBy(String... columns) {
        return with(node.withGroupBy(SelectQueryNodeLists.plus(node.groupBy(), Nodes.references(columns))));
    }

    /** {@code group by <expressions>}. */
    public SelectQueryBuilder<D> groupBy(Field<?>... fields) {
        return with(node.withGroupBy(SelectQueryNodeLists.plus(node.groupBy(), Nodes.fields(fields))));
    }

    /** {@code having <condition>}; a second call adds {@code and <condition>}. */
    public SelectQueryBuilder<D> having(Field<Boolean> condition) {
        return with(node.withHaving(BinaryOperationNode.and(node.having(), condition.toOperationNode())));
    }

    /** {@code having "column" op ?}. */
    public SelectQueryBuilder<D> having(String column, String operator, Object value) {
        return with(node.withHaving(BinaryOperationNode.and(node.having(), Nodes.comparison(column, operator, value))));
    }

    // ---- ordering and paging -----------------------------------------------------------------------

    /** {@code order by "column"}. */
    public SelectQueryBuilder<D> orderBy(String column) {
        return orderBy(column, "asc");
    }

    /** {@code order by "column" desc} from {@code orderBy("column", "desc")}. */
    public SelectQueryBuilder<D> orderBy(String column, String direction) {
        String normalized = direction.trim().toLowerCase(Locale.ROOT);
        if (!normalized.equals("asc") && !normalized.equals("desc")) {
            throw new IllegalArgumentException("direction must be asc or desc: " + direction);
        }
        OrderByItemNode item = new OrderByItemNode(Nodes.reference(column), normalized.equals("desc"), null);
        return with(node.withOrderBy(SelectQueryNodeLists.plus(node.orderBy(), List.of(item))));
    }

    /** {@code order by a desc, b nulls last} from {@code orderBy(A.desc(), B.asc().nullsLast())}. */
    public SelectQueryBuilder<D> orderBy(OrderField... items) {
        List<OrderByItemNode> nodes = new ArrayList<>();
        for (OrderField item : items) {
            if (item.node().nullsFirst() != null) {
                require(Feature.NULLS_ORDER);
            }
            nodes.add(item.node());
        }
        return with(node.withOrderBy(SelectQueryNodeLists.plus(node.orderBy(), nodes)));
    }

    /** {@code limit ?}. */
    public SelectQueryBuilder<D> limit(long rows) {
        return with(node.withLimit(new ValueNode(rows)));
    }

    /** {@code offset ?} ({@code limit -1 offset ?} on SQLite, a huge limit on MySQL). */
    public SelectQueryBuilder<D> offset(long rows) {
        return with(node.withOffset(new ValueNode(rows)));
    }

    // ---- set operations ----------------------------------------------------------------------------

    private SelectQueryBuilder<D> setOperation(SetOperationNode.Operator operator, boolean all,
                                               SelectQueryBuilder<D> other) {
        if (all && operator != SetOperationNode.Operator.UNION) {
            require(Feature.INTERSECT_EXCEPT_ALL);
        }
        SetOperationNode operation = new SetOperationNode(operator, all, other.node);
        return with(node.withSetOperations(SelectQueryNodeLists.plus(node.setOperations(), List.of(operation))));
    }

    /** {@code … union select …}. */
    public SelectQueryBuilder<D> union(SelectQueryBuilder<D> other) {
        return setOperation(SetOperationNode.Operator.UNION, false, other);
    }

    /** {@code … union all select …}. */
    public SelectQueryBuilder<D> unionAll(SelectQueryBuilder<D> other) {
        return setOperation(SetOperationNode.Operator.UNION, true, other);
    }

    /** {@code … intersect select …}. */
    public SelectQueryBuilder<D> intersect(SelectQueryBuilder<D> other) {
        return setOperation(SetOperationNode.Operator.INTERSECT, false, other);
    }

    /** {@code … intersect all select …} (not SQLite). */
    public SelectQueryBuilder<D> intersectAll(SelectQueryBuilder<D> other) {
        return setOperation(SetOperationNode.Operator.INTERSECT, true, other);
    }

    /** {@code … except select …}. */
    public SelectQueryBuilder<D> except(SelectQueryBuilder<D> other) {
        return setOperation(SetOperationNode.Operator.EXCEPT, false, other);
    }

    /** {@code … except all select …} (not SQLite). */
    public SelectQueryBuilder<D> exceptAll(SelectQueryBuilder<D> other) {
        return setOperation(SetOperationNode.Operator.EXCEPT, true, other);
    }

    // ---- locking -----------------------------------------------------------------------------------

    /** {@code … for update} (not SQLite). */
    public SelectQueryBuilder<D> forUpdate() {
        require(Feature.FOR_UPDATE);
        return with(node.withLock(new LockNode(LockNode.Strength.UPDATE, LockNode.Wait.WAIT)));
    }

    /** {@code … for share} (MySQL/MariaDB: {@code lock in share mode}). */
    public SelectQueryBuilder<D> forShare() {
        require(Feature.FOR_UPDATE);
        return with(node.withLock(new LockNode(LockNode.Strength.SHARE, LockNode.Wait.WAIT)));
    }

    /** {@code … for update skip locked}; call after {@link #forUpdate()} or {@link #forShare()}. */
    public SelectQueryBuilder<D> skipLocked() {
        require(Feature.SKIP_LOCKED);
        return with(node.withLock(requireLock().withWaitPolicy(LockNode.Wait.SKIP_LOCKED)));
    }

    /** {@code … for update nowait}; call after {@link #forUpdate()} or {@link #forShare()}. */
    public SelectQueryBuilder<D> noWait() {
        require(Feature.NOWAIT);
        return with(node.withLock(requireLock().withWaitPolicy(LockNode.Wait.NOWAIT)));
    }

    private LockNode requireLock() {
        if (node.lock() == null) {
            throw new IllegalStateException("call forUpdate() or forShare() first");
        }
        return node.lock();
    }

    // ---- composition and execution ------------------------------------------------------------------

    /** This query as a derived table: {@code (select …) as "alias"}. */
    public AliasedSubquery as(String alias) {
        return new AliasedSubquery(node, alias);
    }

    @Override
    public SelectQueryNode toSelectNode() {
        return node;
    }

    @Override
    public QueryNode toQueryNode() {
        return node;
    }

    public SelectQueryNode toOperationNode() {
        return node;
    }

    private ResultQuery<Map<String, Object>> result() {
        return ResultQuery.ofMaps(executor, node);
    }

    /** The SQL and parameters, after plugins, without running anything. */
    public CompiledQuery compile() {
        return executor.compile(node);
    }

    /** The database's plan for this query. */
    public List<Map<String, Object>> explain() {
        return result().explain();
    }

    /** Compiles once for repeated runs with different values of its {@code param(…)} placeholders. */
    public io.dosql.query.execution.PreparedQuery<Map<String, Object>> prepare() {
        return result().prepare();
    }

    /** Every row as a map of column label to value. */
    public List<Map<String, Object>> execute() {
        return result().execute();
    }

    /** The first row, if any. */
    public Optional<Map<String, Object>> executeTakeFirst() {
        return result().executeTakeFirst();
    }

    /** The first row, or {@link io.dosql.query.execution.NoResultException}. */
    public Map<String, Object> executeTakeFirstOrThrow() {
        return result().executeTakeFirstOrThrow();
    }

    /** Rows pulled through a JDBC cursor; close the stream. */
    public Stream<Map<String, Object>> stream() {
        return result().stream();
    }

    /** Rows pulled through a JDBC cursor of {@code fetchSize}; close the stream. */
    public Stream<Map<String, Object>> stream(int fetchSize) {
        return result().stream(fetchSize);
    }

    /** The same query mapping rows to a record by component name. */
    public <R> ResultQuery<R> into(Class<R> recordType) {
        return new ResultQuery<>(executor, node, io.dosql.query.execution.RecordMapper.of(recordType));
    }

    /** The same query mapping rows to the table's record type. */
    public <R> ResultQuery<R> into(Table<R> table) {
        return into(table.recordType());
    }

    /** The same query mapping rows with a row mapper. */
    public <R> ResultQuery<R> map(RowMapper<R> mapper) {
        return result().map(mapper);
    }
}
