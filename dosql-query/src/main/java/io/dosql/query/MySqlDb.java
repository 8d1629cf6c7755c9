package io.dosql.query;

import io.dosql.query.builder.MySqlDeleteQueryBuilder;
import io.dosql.query.builder.MySqlInsertQueryBuilder;
import io.dosql.query.builder.MySqlUpdateQueryBuilder;
import io.dosql.query.builder.QueryNodeSource;
import io.dosql.query.dialect.MySql;
import io.dosql.query.execution.IsolationLevel;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.expression.Table;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.WithNode;
import io.dosql.query.plugin.QueryPlugin;
import java.util.List;
import java.util.function.Function;

/** A MySQL/MariaDB database: ON DUPLICATE KEY UPDATE; no RETURNING, no ON CONFLICT, no MERGE. */
public final class MySqlDb extends Db<MySql> {

    MySqlDb(QueryExecutor executor) {
        this(executor, null);
    }

    private MySqlDb(QueryExecutor executor, WithNode pendingWith) {
        super(executor, pendingWith);
    }

    @Override
    public MySqlInsertQueryBuilder insertInto(String table) {
        return new MySqlInsertQueryBuilder(executor, insertNode(TableNode.parse(table)));
    }

    @Override
    public MySqlInsertQueryBuilder insertInto(Table<?> table) {
        return new MySqlInsertQueryBuilder(executor, insertNode(table.toOperationNode()));
    }

    @Override
    public MySqlUpdateQueryBuilder update(String table) {
        return new MySqlUpdateQueryBuilder(executor, updateNode(TableNode.parse(table)));
    }

    @Override
    public MySqlUpdateQueryBuilder update(Table<?> table) {
        return new MySqlUpdateQueryBuilder(executor, updateNode(table.toOperationNode()));
    }

    @Override
    public MySqlDeleteQueryBuilder deleteFrom(String table) {
        return new MySqlDeleteQueryBuilder(executor, deleteNode(TableNode.parse(table)));
    }

    @Override
    public MySqlDeleteQueryBuilder deleteFrom(Table<?> table) {
        return new MySqlDeleteQueryBuilder(executor, deleteNode(table.toOperationNode()));
    }

    /** {@code with `name` as (query)} in front of the next statement. */
    @Override
    public MySqlDb with(String name, QueryNodeSource query) {
        return new MySqlDb(executor, pendingWithPlus(name, List.of(), query, false));
    }

    /** {@code with recursive `name`(columns) as (query)}. */
    @Override
    public MySqlDb withRecursive(String name, List<String> columns, QueryNodeSource query) {
        return new MySqlDb(executor, pendingWithPlus(name, columns, query, true));
    }

    /** The same database with one more plugin. */
    @Override
    public MySqlDb withPlugin(QueryPlugin plugin) {
        return new MySqlDb(executor.withPlugin(plugin), pendingWith);
    }

    /** Runs {@code body} in a transaction (a savepoint when already inside one). */
    public <T> T transaction(Function<MySqlDb, T> body) {
        return transaction(null, body);
    }

    /** Runs {@code body} in a transaction with the given isolation level. */
    public <T> T transaction(IsolationLevel isolation, Function<MySqlDb, T> body) {
        return runTransaction(isolation, body, transactionExecutor -> new MySqlDb(transactionExecutor, null));
    }
}
