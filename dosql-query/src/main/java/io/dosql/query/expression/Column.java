package io.dosql.query.expression;

import io.dosql.query.node.ColumnNode;
import io.dosql.query.node.ExpressionNode;
import java.util.Objects;

/** A table column carrying its Java type; generated table classes declare one per column. */
public final class Column<T> implements Field<T> {
    private final String tableReference;
    private final String name;
    private final Class<T> type;
    private final ColumnNode node;

    public Column(String tableReference, String name, Class<T> type) {
        this.tableReference = tableReference;
        this.name = Objects.requireNonNull(name, "name is null");
        this.type = Objects.requireNonNull(type, "type is null");
        this.node = new ColumnNode(tableReference, name);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The table name or alias that qualifies this column, or null. */
    public String tableReference() {
        return tableReference;
    }

    /** The same column without its table qualifier, as SET and INSERT column lists need. */
    public Column<T> unqualified() {
        return new Column<>(null, name, type);
    }

    @Override
    public ExpressionNode toOperationNode() {
        return node;
    }

    @Override
    public String toString() {
        return tableReference == null ? name : tableReference + "." + name;
    }
}
