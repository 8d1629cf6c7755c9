package io.dosql.query.node;

import java.util.List;

/**
 * {@code over (partition by … order by … rows between start and end)}; {@code frameUnit} is null when
 * there is no frame clause, else {@code "rows"}, {@code "range"} or {@code "groups"}.
 */
public record WindowNode(List<ExpressionNode> partitionBy, List<OrderByItemNode> orderBy, String frameUnit,
                         FrameBound frameStart, FrameBound frameEnd) implements OperationNode {
    public WindowNode {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
        if (frameUnit != null && !List.of("rows", "range", "groups").contains(frameUnit)) {
            throw new IllegalArgumentException("frame unit must be rows, range or groups: " + frameUnit);
        }
        if (frameUnit != null && frameStart == null) {
            throw new IllegalArgumentException("a frame needs a start bound");
        }
    }

    public static WindowNode empty() {
        return new WindowNode(List.of(), List.of(), null, null, null);
    }

    public WindowNode withPartitionBy(List<ExpressionNode> newPartitionBy) {
        return new WindowNode(newPartitionBy, orderBy, frameUnit, frameStart, frameEnd);
    }

    public WindowNode withOrderBy(List<OrderByItemNode> newOrderBy) {
        return new WindowNode(partitionBy, newOrderBy, frameUnit, frameStart, frameEnd);
    }

    public WindowNode withFrame(String newUnit, FrameBound newStart, FrameBound newEnd) {
        return new WindowNode(partitionBy, orderBy, newUnit, newStart, newEnd);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitWindow(this);
    }
}
