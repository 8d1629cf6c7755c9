package io.dosql.query.execution;

import io.dosql.query.compiler.CompiledQuery;
import io.dosql.query.expression.Column;
import io.dosql.query.expression.Table;
import io.dosql.query.node.ExpressionNode;
import io.dosql.query.node.InsertQueryNode;
import io.dosql.query.node.ValueNode;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads a stream of records into a table in one transaction, by the fastest path of the dialect:
 * PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)} through pgjdbc's CopyManager (found reflectively, so
 * this module stays JDK-only; plugins are not applied to COPY); DoSQL embedded one single-row INSERT
 * prepared once and run in JDBC batches (no SQL text to parse per row, no wire to cross); elsewhere
 * multi-row INSERT batches. Plugins see both INSERT forms. Records are read lazily, so the stream may be
 * larger than memory.
 *
 * @param <R> the table's record type; components match columns by name, ignoring case and underscores
 */
public final class BulkLoader<R> {
    /** The strategy a load used. */
    public enum Strategy { COPY, PREPARED_BATCH, MULTI_ROW_INSERT }

    private static final int MAX_PARAMETERS = 30_000;

    private final QueryExecutor executor;
    private final Table<R> table;
    private final int batchRows;
    private final List<Column<?>> columns;
    private final Method[] accessors;

    public BulkLoader(QueryExecutor executor, Table<R> table, int batchRows) {
        this.executor = Objects.requireNonNull(executor, "executor is null");
        this.table = Objects.requireNonNull(table, "table is null");
        if (batchRows < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchRows);
        }
        this.batchRows = batchRows;
        this.columns = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            Method accessor = accessor(table.recordType(), column.name());
            if (accessor != null) {
                columns.add(column);
                methods.add(accessor);
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(table.recordType().getName() + " has no component for any column of "
                + table.name());
        }
        this.accessors = methods.toArray(new Method[0]);
    }

    private static Method accessor(Class<?> recordType, String column) {
        String folded = column.replace("_", "").toLowerCase(Locale.ROOT);
        for (RecordComponent component : recordType.getRecordComponents()) {
            if (component.getName().replace("_", "").toLowerCase(Locale.ROOT).equals(folded)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return accessor;
            }
        }
        return null;
    }

    /** The same loader with another number of rows per INSERT statement (per JDBC batch on DoSQL). */
    public BulkLoader<R> batchSize(int rows) {
        return new BulkLoader<>(executor, table, rows);
    }

    /** The path this loader takes on its dialect. */
    public Strategy strategy() {
        String dialect = executor.dialect().name();
        if (dialect.equals("POSTGRES") && copyManagerAvailable()) {
            return Strategy.COPY;
        }
        return dialect.equals("DOSQL") ? Strategy.PREPARED_BATCH : Strategy.MULTI_ROW_INSERT;
    }

    private static boolean copyManagerAvailable() {
        try {
            Class.forName("org.postgresql.PGConnection");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Loads every record of {@code records} (closing the stream) and returns the number of rows loaded. */
    public long from(Stream<? extends R> records) {
        try (records) {
            Iterator<? extends R> iterator = records.iterator();
            Strategy strategy = strategy();
            return executor.inTransaction(null, transaction -> {
                switch (strategy) {
                    case COPY:
                        return transaction.withConnection(connection -> copy(connection, iterator));
                    case PREPARED_BATCH:
                        return preparedBatches(transaction, iterator);
                    default:
                        return insertBatches(transaction, iterator);
                }
            });
        }
    }

    /** Loads a collection of records. */
    public long from(Iterable<? extends R> records) {
        List<R> all = new ArrayList<>();
        records.forEach(all::add);
        return from(all.stream());
    }

    Object[] values(R record) {
        Object[] values = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) {
                values[i] = accessors[i].invoke(record);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + record, e);
        }
        return values;
    }

    private long insertBatches(QueryExecutor transaction, Iterator<? extends R> iterator) {
        List<String> names = columns.stream().map(Column::name).toList();
        int rowsPerStatement = Math.max(1, Math.min(batchRows, MAX_PARAMETERS / names.size()));
        long loaded = 0;
        List<List<ExpressionNode>> rows = new ArrayList<>(rowsPerStatement);
        while (iterator.hasNext()) {
            List<ExpressionNode> row = new ArrayList<>(names.size());
            for (Object value : values(iterator.next())) {
                row.add(new ValueNode(value));
            }
            rows.add(row);
            if (rows.size() == rowsPerStatement || !iterator.hasNext()) {
                InsertQueryNode insert = InsertQueryNode.into(table.toOperationNode()).withRows(names, rows);
                loaded += transaction.update(transaction.compile(insert));
                rows = new ArrayList<>(rowsPerStatement);
            }
        }
        return loaded;
    }

    /**
     * Compiles one single-row INSERT whose values are placeholders, so plugins (a tenant column, say) shape
     * it once; then binds each record's values at the placeholders' positions and the plugins' own
     * parameters unchanged.
     */
    private long preparedBatches(QueryExecutor transaction, Iterator<? extends R> iterator) {
        List<String> names = columns.stream().map(Column::name).toList();
        List<ExpressionNode> placeholders = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            placeholders.add(new ValueNode(new Placeholder(i)));
        }
        CompiledQuery template = transaction.compile(
            InsertQueryNode.into(table.toOperationNode()).withRows(names, List.of(placeholders)));
        List<Object> fixed = template.parameters();
        int[] componentAt = new int[fixed.size()];
        int found = 0;
        for (int i = 0; i < componentAt.length; i++) {
            componentAt[i] = fixed.get(i) instanceof Placeholder placeholder ? placeholder.component() : -1;
            found += componentAt[i] >= 0 ? 1 : 0;
        }
        if (found != names.size()) {
            throw new IllegalStateException("a plugin removed bulk-load values from " + template.sql());
        }
        Iterator<List<Object>> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public List<Object> next() {
                Object[] values = values(iterator.next());
                Object[] bound = new Object[componentAt.length];
                for (int i = 0; i < bound.length; i++) {
                    bound[i] = componentAt[i] >= 0 ? values[componentAt[i]] : fixed.get(i);
                }
                return Arrays.asList(bound);
            }
        };
        return transaction.updateBatches(template.sql(), rows, batchRows);
    }

    /** Marks where the i-th record component's value goes in the compiled template. */
    private record Placeholder(int component) {
    }

    private long copy(Connection connection, Iterator<? extends R> iterator) throws java.sql.SQLException {
        StringBuilder sql = new StringBuilder("copy ").append(quote(table.name())).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i > 0 ? ", " : "").append(quote(columns.get(i).name()));
        }
        sql.append(") from stdin with (format csv)");
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Object copyManager = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            Method copyIn = copyManager.getClass().getMethod("copyIn", String.class, Reader.class);
            return (Long) copyIn.invoke(copyManager, sql.toString(), new CsvReader<>(this, iterator));
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof java.sql.SQLException sqlException) {
                throw sqlException;
            }
            throw new IllegalStateException("COPY failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pgjdbc's CopyManager is not usable", e);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
