package io.dosql.query.builder;

import io.dosql.query.dialect.MySql;
import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.OnDuplicateKeyNode;
import java.util.function.UnaryOperator;

/** INSERT for MySQL/MariaDB: {@code on duplicate key update}, and no RETURNING or ON CONFLICT methods. */
public final class MySqlInsertQueryBuilder extends InsertQueryBuilder<MySql, MySqlInsertQueryBuilder> {

    public MySqlInsertQueryBuilder(QueryExecutor executor, InsertQueryNode node) {
        super(executor, node);
    }

    @Override
    protected MySqlInsertQueryBuilder with(InsertQueryNode newNode) {
        return new MySqlInsertQueryBuilder(executor, newNode);
    }

    /** {@code on duplicate key update `name` = values(`name`)} from {@code u -> u.setExcluded("name")}. */
    public MySqlInsertQueryBuilder onDuplicateKeyUpdate(UnaryOperator<ColumnUpdates> updates) {
        return with(node.withOnDuplicateKey(
            new OnDuplicateKeyNode(updates.apply(ColumnUpdates.empty()).toOperationNodes())));
    }
}
