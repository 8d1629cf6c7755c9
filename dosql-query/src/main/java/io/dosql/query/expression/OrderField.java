package io.dosql.query.expression;

import io.dosql.query.node.OrderByItemNode;
import java.util.Objects;

/** One ORDER BY item: {@code expression [desc] [nulls first|last]}. */
public record OrderField(OrderByItemNode node) {
    public OrderField {
        Objects.requireNonNull(node, "node is null");
    }

    /** {@code … nulls first}. */
    public OrderField nullsFirst() {
        return new OrderField(node.withNullsFirst(true));
    }

    /** {@code … nulls last}. */
    public OrderField nullsLast() {
        return new OrderField(node.withNullsFirst(false));
    }
}
