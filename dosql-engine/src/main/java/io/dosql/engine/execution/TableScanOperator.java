package io.dosql.engine.execution;

import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.ReferencedColumns;
import io.dosql.engine.storage.TableStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Seq Scan: every live row of a table, optionally filtered; with {@code withRowId} the row id is
 * appended as an extra last column (UPDATE/DELETE need it).
 */
public final class TableScanOperator extends PhysicalOperator {
    private final TableInfo table;
    private final String alias;
    private final boolean withRowId;
    private final BoundExpression filter;
    /** The columns the filter reads (it then tests rows decoded that far only), or null: test whole rows. */
    private final boolean[] filterColumns;

    public TableScanOperator(TableInfo table, String alias, boolean withRowId, BoundExpression filter) {
        this.table = table;
        this.alias = alias;
        this.withRowId = withRowId;
        this.filter = filter;
        this.filterColumns = filter == null ? null : ReferencedColumns.of(filter, table.columns.size());
    }

    public TableInfo table() {
        return table;
    }

    public String alias() {
        return alias;
    }

    public boolean withRowId() {
        return withRowId;
    }

    public BoundExpression filter() {
        return filter;
    }

    public TableScanOperator withFilter(BoundExpression newFilter) {
        return new TableScanOperator(table, alias, withRowId, newFilter);
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        TableStore store = table.store;
        // Rows this statement inserts while it scans lie at or past the limit and are not visited.
        io.dosql.engine.storage.TableCursor cursor = store.scan(0, store.rowIdLimit());
        int width = table.columns.size();
        return new RowIterator() {
            @Override
            public Object[] next() {
                while (cursor.next()) {
                    context.tick();
                    // Rejected rows are never decoded whole (a store that decodes rows skips the rest).
                    boolean tested = filterColumns != null;
                    if (tested && !filter.test(cursor.partialRow(filterColumns), context)) {
                        continue;
                    }
                    Object[] row = cursor.row();
                    if (withRowId) {
                        Object[] extended = java.util.Arrays.copyOf(row, width + 1);
                        extended[width] = cursor.rowId();
                        row = extended;
                    }
                    if (tested || filter == null || filter.test(row, context)) {
                        return row;
                    }
                }
                return null;
            }
        };
    }

    @Override
    public int width() {
        return table.columns.size() + (withRowId ? 1 : 0);
    }

    @Override
    public String label() {
        return "Seq Scan on " + table.name + (alias.equals(table.name) ? "" : " " + alias);
    }

    @Override
    public List<String> details() {
        List<String> details = new ArrayList<>();
        if (filter != null) {
            details.add("Filter: " + filter.describe());
        }
        return details;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public long estimatedRows() {
        long rows = table.estimatedRows();
        return filter == null ? rows : Math.max(1, rows / 3);
    }
}
