package io.dosql.query;

import io.dosql.query.builder.AliasedSubquery;
import io.dosql.query.builder.DeleteQueryBuilder;
import io.dosql.query.builder.InsertQueryBuilder;
import io.dosql.query.builder.QueryNodeSource;
import io.dosql.query.builder.SelectQueryBuilder;
import io.dosql.query.builder.UpdateQueryBuilder;
import io.dosql.query.execution.IsolationLevel;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.execution.ResultQuery;
import io.dosql.query.expression.Field;
import io.dosql.query.expression.RawSql;
import io.dosql.query.expression.Table;
import io.dosql.query.node.CommonTableExpressionNode;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.UpdateQueryNode;
import io.dosql.query.node.WithNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The entry point to one database: creates builders, runs raw SQL and transactions. Typed by its dialect
 * {@code D}; the dialect facades ({@link PostgresDb}, {@link MySqlDb}, …) narrow the builder types so
 * only the dialect's features are callable. Immutable and thread-safe.
 *
 * @param <D> the dialect (phantom type)
 */
public abstract class Db<D> {
    protected final QueryExecutor executor;
    protected final WithNode pendingWith;

    protected Db(QueryExecutor executor, WithNode pendingWith) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.pendingWith = pendingWith;
    }

    public final Dialect<?> dialect() {
        return executor.dialect();
    }

    public final QueryExecutor executor() {
        return executor;
    }

    // ---- builders ----------------------------------------------------------------------------------

    private SelectQueryBuilder<D> select(List<TableSourceNode> from) {
        SelectQueryNode node = SelectQueryNode.from(from);
        return new SelectQueryBuilder<>(executor, pendingWith == null ? node : node.withWith(pendingWith));
    }

    /** {@code select … from "person"}; {@code "person as p"} adds an alias. */
    public final SelectQueryBuilder<D> selectFrom(String... tables) {
        if (tables.length == 1) {
            return select(List.of(TableNode.parse(tables[0])));
        }
        List<TableSourceNode> from = new ArrayList<>();
        for (String table : tables) {
            from.add(TableNode.parse(table));
        }
        return select(from);
    }

    /** {@code select … from "person"} for typed tables. */
    public final SelectQueryBuilder<D> selectFrom(Table<?>... tables) {
        if (tables.length == 1) {
            return select(List.of(tables[0].toOperationNode()));
        }
        List<TableSourceNode> from = new ArrayList<>();
        for (Table<?> table : tables) {
            from.add(table.toOperationNode());
        }
        return select(from);
    }

    /** {@code select … from (select …) as "alias"}. */
    public final SelectQueryBuilder<D> selectFrom(AliasedSubquery subquery) {
        return select(List.of(subquery.toOperationNode()));
    }

    /** {@code select <expressions>} without FROM. */
    public final SelectQueryBuilder<D> selectNoFrom(Field<?>... fields) {
        return select(List.of()).select(fields);
    }

    protected final InsertQueryNode insertNode(TableNode table) {
        return InsertQueryNode.into(table).withWith(pendingWith);
    }

    protected final UpdateQueryNode updateNode(TableNode table) {
        return UpdateQueryNode.of(table).withWith(pendingWith);
    }

    protected final DeleteQueryNode deleteNode(TableNode table) {
        return DeleteQueryNode.from(table).withWith(pendingWith);
    }

    /** {@code insert into "person" …}. */
    public abstract InsertQueryBuilder<D, ?> insertInto(String table);

    /** {@code insert into "person" …} for a typed table. */
    public abstract InsertQueryBuilder<D, ?> insertInto(Table<?> table);

    /** {@code update "person" set …}. */
    public abstract UpdateQueryBuilder<D, ?> update(String table);

    /** {@code update "person" set …} for a typed table. */
    public abstract UpdateQueryBuilder<D, ?> update(Table<?> table);

    /** {@code delete from "person" …}. */
    public abstract DeleteQueryBuilder<D, ?> deleteFrom(String table);

    /** {@code delete from "person" …} for a typed table. */
    public abstract DeleteQueryBuilder<D, ?> deleteFrom(Table<?> table);

    /** {@code with "name" as (query)} in front of the next statement built from the returned facade. */
    public abstract Db<D> with(String name, QueryNodeSource query);

    /** {@code with recursive "name"(columns) as (query)}. */
    public abstract Db<D> withRecursive(String name, List<String> columns, QueryNodeSource query);

    /** The same database with one more plugin. */
    public abstract Db<D> withPlugin(io.dosql.query.plugin.QueryPlugin plugin);

    /**
     * A typed bulk loader: {@code db.copyInto(PERSON).from(streamOfRecords)} uses COPY on PostgreSQL, one
     * prepared INSERT in JDBC batches on DoSQL and multi-row INSERT batches elsewhere, in one transaction.
     */
    public final <R> io.dosql.query.execution.BulkLoader<R> copyInto(Table<R> table) {
        return new io.dosql.query.execution.BulkLoader<>(executor, table, 1000);
    }

    // ---- raw SQL -----------------------------------------------------------------------------------

    /**
     * A raw query from a template: {@code sql("select * from {0} where id = {1}", identifier("person"), 42)}
     * runs {@code select * from "person" where id = ?} with 42 bound. Streams like any query.
     */
    public final ResultQuery<Map<String, Object>> sql(String template, Object... arguments) {
        return ResultQuery.ofMaps(executor, RawSql.parse(template, arguments).node());
    }

    /** Runs a raw statement from a template and returns the affected row count. */
    public final long executeSql(String template, Object... arguments) {
        return executor.update(executor.compile(RawSql.parse(template, arguments).node()));
    }

    // ---- WITH and transactions, shared by the facades ----------------------------------------------

    protected final WithNode pendingWithPlus(String name, List<String> columns, QueryNodeSource query,
                                             boolean recursive) {
        return WithNode.append(pendingWith, new CommonTableExpressionNode(name, columns, query.toQueryNode()),
            recursive);
    }

    protected final <DB, T> T runTransaction(IsolationLevel isolation, Function<DB, T> body,
                                             Function<QueryExecutor, DB> facade) {
        return executor.inTransaction(isolation, transactionExecutor -> body.apply(facade.apply(transactionExecutor)));
    }
}
