package io.dosql.query.expression;

import io.dosql.query.node.AllColumnsNode;
import io.dosql.query.node.TableNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table whose rows map to records of type {@code R}. Code generation emits one subclass per table:
 * <pre>{@code
 * public final class Person extends Table<PersonRecord> {
 *     public static final Person PERSON = new Person(null);
 *     public final Column<Long> ID = column("id", Long.class);
 *     public final Column<String> NAME = column("name", String.class);
 *     private Person(String alias) { super(null, "person", alias, PersonRecord.class); }
 *     public Person as(String alias) { return new Person(alias); }
 * }
 * }</pre>
 */
public abstract class Table<R> {
    private final String schema;
    private final String name;
    private final String alias;
    private final Class<R> recordType;
    private final List<Column<?>> columns = new ArrayList<>();
    // immutable, so one node serves every query that names this table
    private final TableNode node;

    protected Table(String schema, String name, String alias, Class<R> recordType) {
        this.schema = schema;
        this.name = Objects.requireNonNull(name, "name is null");
        this.alias = alias;
        this.recordType = Objects.requireNonNull(recordType, "recordType is null");
        this.node = new TableNode(schema, name, alias);
    }

    /** Declares a column; called from field initialisers, so columns keep declaration order. */
    protected final <T> Column<T> column(String columnName, Class<T> type) {
        Column<T> column = new Column<>(referenceName(), columnName, type);
        columns.add(column);
        return column;
    }

    /** The same table under another alias, with columns qualified by it. */
    public abstract Table<R> as(String newAlias);

    public final String name() {
        return name;
    }

    public final String schema() {
        return schema;
    }

    public final String alias() {
        return alias;
    }

    public final String referenceName() {
        return alias != null ? alias : name;
    }

    public final Class<R> recordType() {
        return recordType;
    }

    public final List<Column<?>> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** {@code "table".*}. */
    public final Field<Object> asterisk() {
        return new ExpressionField<>(new AllColumnsNode(referenceName()));
    }

    public final TableNode toOperationNode() {
        return node;
    }
}
