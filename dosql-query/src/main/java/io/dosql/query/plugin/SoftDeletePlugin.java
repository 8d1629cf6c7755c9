package io.dosql.query.plugin;

import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.ColumnUpdateNode;
import io.dosql.query.node.DeleteQueryNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FunctionNode;
import io.dosql.query.node.OperationNode;
import io.dosql.query.node.OperationNodeTransformer;
import io.dosql.query.node.QueryNode;
import io.dosql.query.node.TableNode;
import io.dosql.query.node.TableSourceNode;
import io.dosql.query.node.UnaryOperationNode;
import io.dosql.query.node.UnaryOperator;
import io.dosql.query.node.UpdateQueryNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Soft delete: on the listed tables, {@code delete from t where …} becomes
 * {@code update t set "deleted_at" = now() where … and "t"."deleted_at" is null}, and SELECTs (FROM and
 * JOIN ON) and UPDATEs only see rows whose {@code deleted_at} is null.
 */
public final class SoftDeletePlugin implements QueryPlugin {
    private final String column;
    private final Set<String> tables;
    private final OperationNodeTransformer transformer = new SoftDeleteTransformer();

    public SoftDeletePlugin(String column, Set<String> tables) {
        this.column = Objects.requireNonNull(column, "column is null");
        this.tables = Set.copyOf(tables);
    }

    @Override
    public QueryNode transformQuery(QueryNode query) {
        return transformer.transformQuery(query);
    }

    private ExpressionNode notDeleted(TableSourceNode source) {
        if (source instanceof TableNode table && tables.contains(table.name())) {
            return new UnaryOperationNode(UnaryOperator.IS_NULL, new ColumnNode(table.referenceName(), column));
        }
        return null;
    }

    private final class SoftDeleteTransformer extends RowFilterTransformer {
        @Override
        ExpressionNode filter(TableSourceNode source) {
            return notDeleted(source);
        }

        @Override
        public OperationNode visitUpdateQuery(UpdateQueryNode node) {
            UpdateQueryNode visited = (UpdateQueryNode) super.visitUpdateQuery(node);
            return visited.withWhere(BinaryOperationNode.and(visited.where(), notDeleted(visited.table())));
        }

        @Override
        public OperationNode visitDeleteQuery(DeleteQueryNode node) {
            DeleteQueryNode visited = (DeleteQueryNode) super.visitDeleteQuery(node);
            if (!tables.contains(visited.table().name())) {
                return visited;
            }
            ColumnUpdateNode stamp = new ColumnUpdateNode(column, new FunctionNode("now", List.of(), false));
            return new UpdateQueryNode(visited.with(), visited.table(), List.of(stamp), visited.using(),
                BinaryOperationNode.and(visited.where(), notDeleted(visited.table())), visited.returning());
        }
    }
}
