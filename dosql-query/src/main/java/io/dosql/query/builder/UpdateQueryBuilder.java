package io.dosql.query.builder;

import io.dosql.query.execution.QueryExecutor;
import io.dosql.query.expression.Column;
import io.dosql.query.expression.Expressions;
import io.dosql.query.expression.Field;
import io.dosql.query.expression.Table;
import io.dosql.query.node.ColumnUpdateNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.UpdateQueryNode;
import java.util.List;
import java.util.Map;

/**
 * Builds an UPDATE; dialects with RETURNING get a subclass that has {@code returning(…)}. Immutable.
 *
 * @param <D> the dialect (phantom type)
 * @param <SELF> the concrete builder type
 */
public abstract class UpdateQueryBuilder<D, SELF extends UpdateQueryBuilder<D, SELF>>
    extends FilteredWriteQueryBuilder<UpdateQueryNode, SELF> {
    protected UpdateQueryBuilder(QueryExecutor executor, UpdateQueryNode node) {
        super(executor, node);
    }

    private SELF plus(String column, ExpressionNode value) {
        return with(node.withUpdates(SelectQueryNodeLists.plus(node.updates(),
            List.of(new ColumnUpdateNode(column, value)))));
    }

    /** {@code set "name" = ?}; the value must have the column's type. */
    public <T> SELF set(Column<T> column, T value) {
        return plus(column.name(), Expressions.node(value));
    }

    /** {@code set "age" = "age" + ?} from {@code set(AGE, AGE.plus(1))}. */
    public <T> SELF set(Column<T> column, Field<T> value) {
        return plus(column.name(), value.toOperationNode());
    }

    /** {@code set "name" = ?} (string form; a Field value is compiled as an expression). */
    public SELF set(String column, Object value) {
        return plus(column, Expressions.node(value));
    }

    /** {@code set "a" = ?, "b" = ?} from a map. */
    public SELF set(Map<String, ?> values) {
        return with(node.withUpdates(SelectQueryNodeLists.plus(node.updates(),
            ColumnUpdates.empty().set(values).toOperationNodes())));
    }

    private SELF from(TableSourceNode source) {
        return with(node.withFrom(SelectQueryNodeLists.plus(node.from(), List.of(source))));
    }

    /** {@code update … from "other"} (MySQL: {@code update t, other set …}; not SQLite before 3.33). */
    public SELF from(String table) {
        return from(TableNode.parse(table));
    }

    /** {@code update … from "other"} for a typed table. */
    public SELF from(Table<?> table) {
        return from(table.toOperationNode());
    }

    /** {@code update … from (select …) as "alias"}. */
    public SELF from(AliasedSubquery subquery) {
        return from(subquery.toOperationNode());
    }
}
