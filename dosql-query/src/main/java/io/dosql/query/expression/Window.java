package io.dosql.query.expression;

import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.FrameBound;
import io.dosql.query.node.OrderByItemNode;
import io.dosql.query.node.WindowNode;
import java.util.ArrayList;
import java.util.List;

/** A window specification: {@code partition by … order by … rows between … and …}. */
public record Window(WindowNode node) {

    public static Window empty() {
        return new Window(WindowNode.empty());
    }

    /** {@code partition by fields}. */
    public static Window partitionBy(Field<?>... fields) {
        return empty().andPartitionBy(fields);
    }

    /** {@code order by items} without partitioning. */
    public static Window orderedBy(OrderField... items) {
        return empty().orderBy(items);
    }

    public Window andPartitionBy(Field<?>... fields) {
        List<ExpressionNode> nodes = new ArrayList<>(node.partitionBy());
        for (Field<?> field : fields) {
            nodes.add(field.toOperationNode());
        }
        return new Window(node.withPartitionBy(nodes));
    }

    /** {@code … order by items}. */
    public Window orderBy(OrderField... items) {
        List<OrderByItemNode> nodes = new ArrayList<>(node.orderBy());
        for (OrderField item : items) {
            nodes.add(item.node());
        }
        return new Window(node.withOrderBy(nodes));
    }

    /** {@code … rows between start and end}. */
    public Window rows(FrameBound start, FrameBound end) {
        return new Window(node.withFrame("rows", start, end));
    }

    /** {@code … range between start and end}. */
    public Window range(FrameBound start, FrameBound end) {
        return new Window(node.withFrame("range", start, end));
    }

    /** {@code … groups between start and end} (not on MySQL/MariaDB). */
    public Window groups(FrameBound start, FrameBound end) {
        return new Window(node.withFrame("groups", start, end));
    }
}
