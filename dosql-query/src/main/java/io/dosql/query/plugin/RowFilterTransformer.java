package io.dosql.query.plugin;

import io.dosql.query.node.BinaryOperationNode;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.JoinNode;
import io.dosql.query.node.OperationNode;
import io.dosql.query.node.OperationNodeTransformer;
import io.dosql.query.node.SelectQueryNode;
import io.dosql.query.node.TableSourceNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Narrows every SELECT to the rows a plugin lets through: a FROM table's condition goes to WHERE, a
 * joined table's to its ON clause (so an outer join still keeps its unmatched rows).
 */
abstract class RowFilterTransformer extends OperationNodeTransformer {
    /** The condition rows of {@code source} must meet, or null when the plugin leaves it alone. */
    abstract ExpressionNode filter(TableSourceNode source);

    @Override
    public OperationNode visitSelectQuery(SelectQueryNode node) {
        SelectQueryNode visited = (SelectQueryNode) super.visitSelectQuery(node);
        ExpressionNode where = visited.where();
        for (TableSourceNode source : visited.from()) {
            where = BinaryOperationNode.and(where, filter(source));
        }
        List<JoinNode> joins = new ArrayList<>();
        for (JoinNode join : visited.joins()) {
            ExpressionNode condition = filter(join.table());
            if (condition == null) {
                joins.add(join);
            } else if (join.on() == null) {
                where = BinaryOperationNode.and(where, condition);
                joins.add(join);
            } else {
                joins.add(join.withOn(BinaryOperationNode.and(join.on(), condition)));
            }
        }
        return visited.withWhere(where).withJoins(joins);
    }
}
