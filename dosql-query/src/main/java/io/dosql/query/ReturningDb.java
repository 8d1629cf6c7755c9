package io.dosql.query;

import io.dosql.query.builder.PostgresDeleteQueryBuilder;
import io.dosql.query.builder.PostgresInsertQueryBuilder;
import io.dosql.query.builder.PostgresUpdateQueryBuilder;
import io.dosql.query.builder.QueryNodeSource;
import io.dosql.query.dialect.SupportsOnConflict;
import io.dosql.query.dialect.SupportsReturning;
import io.dosql.query.execution.IsolationLevel;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.expression.Table;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.WithNode;
import io.dosql.query.plugin.QueryPlugin;
import java.util.List;
import java.util.function.Function;

/**
 * The facade shared by dialects with RETURNING and ON CONFLICT (PostgreSQL, SQLite, DoSQL): its builders
 * have {@code returning(…)} and {@code onConflict(…)}.
 *
 * @param <D> the dialect
 * @param <SELF> the concrete facade, returned by {@code with}, {@code withPlugin} and transactions
 */
public abstract class ReturningDb<D extends SupportsReturning & SupportsOnConflict, SELF extends ReturningDb<D, SELF>>
    extends Db<D> {

    protected ReturningDb(QueryExecutor executor, WithNode pendingWith) {
        super(executor, pendingWith);
    }

    /** A copy of this facade with another executor and pending WITH clause. */
    protected abstract SELF copy(QueryExecutor newExecutor, WithNode newWith);

    @Override
    public PostgresInsertQueryBuilder<D> insertInto(String table) {
        return new PostgresInsertQueryBuilder<>(executor, insertNode(TableNode.parse(table)));
    }

    @Override
    public PostgresInsertQueryBuilder<D> insertInto(Table<?> table) {
        return new PostgresInsertQueryBuilder<>(executor, insertNode(table.toOperationNode()));
    }

    @Override
    public PostgresUpdateQueryBuilder<D> update(String table) {
        return new PostgresUpdateQueryBuilder<>(executor, updateNode(TableNode.parse(table)));
    }

    @Override
    public PostgresUpdateQueryBuilder<D> update(Table<?> table) {
        return new PostgresUpdateQueryBuilder<>(executor, updateNode(table.toOperationNode()));
    }

    @Override
    public PostgresDeleteQueryBuilder<D> deleteFrom(String table) {
        return new PostgresDeleteQueryBuilder<>(executor, deleteNode(TableNode.parse(table)));
    }

    @Override
    public PostgresDeleteQueryBuilder<D> deleteFrom(Table<?> table) {
        return new PostgresDeleteQueryBuilder<>(executor, deleteNode(table.toOperationNode()));
    }

    /** {@code with "name" as (query)} in front of the next statement built from the returned facade. */
    @Override
    public SELF with(String name, QueryNodeSource query) {
        return copy(executor, pendingWithPlus(name, List.of(), query, false));
    }

    /** {@code with recursive "name"(columns) as (query)}. */
    @Override
    public SELF withRecursive(String name, List<String> columns, QueryNodeSource query) {
        return copy(executor, pendingWithPlus(name, columns, query, true));
    }

    /** The same database with one more plugin. */
    @Override
    public SELF withPlugin(QueryPlugin plugin) {
        return copy(executor.withPlugin(plugin), pendingWith);
    }

    /** Runs {@code body} in a transaction (a savepoint when already inside one); commits unless it throws. */
    public <T> T transaction(Function<SELF, T> body) {
        return transaction(null, body);
    }

    /** Runs {@code body} in a transaction with the given isolation level. */
    public <T> T transaction(IsolationLevel isolation, Function<SELF, T> body) {
        return runTransaction(isolation, body, transactionExecutor -> copy(transactionExecutor, null));
    }
}
