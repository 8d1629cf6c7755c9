package io.dosql.query.builder;

import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.expression.Table;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import java.util.List;

/**
 * Builds a DELETE; dialects with RETURNING get a subclass that has {@code returning(…)}. Immutable.
 *
 * @param <D> the dialect (phantom type)
 * @param <SELF> the concrete builder type
 */
public abstract class DeleteQueryBuilder<D, SELF extends DeleteQueryBuilder<D, SELF>>
    extends FilteredWriteQueryBuilder<DeleteQueryNode, SELF> {
    protected DeleteQueryBuilder(QueryExecutor executor, DeleteQueryNode node) {
        super(executor, node);
    }

    private SELF using(TableSourceNode source) {
        return with(node.withUsing(SelectQueryNodeLists.plus(node.using(), List.of(source))));
    }

    /** {@code delete from "t" using "other"} (MySQL: {@code delete from t using t, other}; not SQLite). */
    public SELF using(String table) {
        return using(TableNode.parse(table));
    }

    /** {@code … using "other"} for a typed table. */
    public SELF using(Table<?> table) {
        return using(table.toOperationNode());
    }
}
