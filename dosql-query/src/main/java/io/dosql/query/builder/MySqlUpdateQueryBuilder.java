package io.dosql.query.builder;

import io.dosql.query.dialect.MySql;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.node.UpdateQueryNode;

/** UPDATE for MySQL/MariaDB: no RETURNING. */
public final class MySqlUpdateQueryBuilder extends UpdateQueryBuilder<MySql, MySqlUpdateQueryBuilder> {

    public MySqlUpdateQueryBuilder(QueryExecutor executor, UpdateQueryNode node) {
        super(executor, node);
    }

    @Override
    protected MySqlUpdateQueryBuilder with(UpdateQueryNode newNode) {
        return new MySqlUpdateQueryBuilder(executor, newNode);
    }
}
