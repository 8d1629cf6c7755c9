package io.dosql.query.builder;

import io.dosql.query.dialect.MySql;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.node.DeleteQueryNode;

/** DELETE for MySQL/MariaDB: no RETURNING. */
public final class MySqlDeleteQueryBuilder extends DeleteQueryBuilder<MySql, MySqlDeleteQueryBuilder> {

    public MySqlDeleteQueryBuilder(QueryExecutor executor, DeleteQueryNode node) {
        super(executor, node);
    }

    @Override
    protected MySqlDeleteQueryBuilder with(DeleteQueryNode newNode) {
        return new MySqlDeleteQueryBuilder(executor, newNode);
    }
}
