package io.dosql.query.builder;

import io.dosql.query.expression.Column;
import io.dosql.query.expression.Expressions;
import io.dosql.query.expression.Field;
import io.dosql.query.node.ColumnUpdateNode;
import io.dosql.query.node.ExcludedColumnNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An immutable list of {@code "column" = value} assignments for SET, upserts and MERGE. */
public final class ColumnUpdates {
    private static final ColumnUpdates EMPTY = new ColumnUpdates(List.of());

    private final List<ColumnUpdateNode> updates;

    private ColumnUpdates(List<ColumnUpdateNode> updates) {
        this.updates = List.copyOf(updates);
    }

    public static ColumnUpdates empty() {
        return EMPTY;
    }

    private ColumnUpdates plus(ColumnUpdateNode update) {
        List<ColumnUpdateNode> all = new ArrayList<>(updates);
        all.add(update);
        return new ColumnUpdates(all);
    }

    /** {@code "column" = ?}. */
    public <T> ColumnUpdates set(Column<T> column, T value) {
        return plus(new ColumnUpdateNode(column.name(), Expressions.node(value)));
    }

    /** {@code "column" = expression}. */
    public <T> ColumnUpdates set(Column<T> column, Field<T> value) {
        return plus(new ColumnUpdateNode(column.name(), value.toOperationNode()));
    }

    /** {@code "column" = ?} (or the expression, when {@code value} is a Field). */
    public ColumnUpdates set(String column, Object value) {
        return plus(new ColumnUpdateNode(column, Expressions.node(value)));
    }

    /** One assignment per map entry, in the map's order. */
    public ColumnUpdates set(Map<String, ?> values) {
        ColumnUpdates result = this;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            result = result.set(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** {@code "c" = excluded."c"} (MySQL: {@code `c` = values(`c`)}) for each column: "take the new value". */
    public ColumnUpdates setExcluded(String... columns) {
        ColumnUpdates result = this;
        for (String column : columns) {
            result = result.plus(new ColumnUpdateNode(column, new ExcludedColumnNode(column)));
        }
        return result;
    }

    public List<ColumnUpdateNode> toOperationNodes() {
        return updates;
    }

    public boolean isEmpty() {
        return updates.isEmpty();
    }
}
