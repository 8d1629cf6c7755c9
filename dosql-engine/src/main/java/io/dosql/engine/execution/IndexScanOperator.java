package io.dosql.engine.execution;

import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.storage.TableStore;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Index Scan: rows found through an index, either by equality on a key prefix ({@code equalKeys}) or by
 * a range on the first key column ({@code low}/{@code high}); a residual filter applies the rest.
 */
public final class IndexScanOperator extends PhysicalOperator {
    private final IndexInfo index;
    private final String alias;
    private final boolean withRowId;
    private final List<BoundExpression> equalKeys;
    private final BoundExpression low;
    private final boolean lowInclusive;
    private final BoundExpression high;
    private final boolean highInclusive;
    private final BoundExpression filter;
    /** {@code column IN (…)}: one lookup per value (null: equality or range). */
    private List<BoundExpression> inValues;

    /** An index scan looking up each of {@code values} in a one-column index. */
    public static IndexScanOperator inList(IndexInfo index, String alias, boolean withRowId, List<BoundExpression> values,
                                           BoundExpression filter) {
        IndexScanOperator scan = new IndexScanOperator(index, alias, withRowId, List.of(), null, false, null, false, filter);
        scan.inValues = List.copyOf(values);
        return scan;
    }

    public IndexScanOperator(IndexInfo index, String alias, boolean withRowId, List<BoundExpression> equalKeys,
                             BoundExpression low, boolean lowInclusive, BoundExpression high, boolean highInclusive,
                             BoundExpression filter) {
        this.index = index;
        this.alias = alias;
        this.withRowId = withRowId;
        this.equalKeys = List.copyOf(equalKeys);
        this.low = low;
        this.lowInclusive = lowInclusive;
        this.high = high;
        this.highInclusive = highInclusive;
        this.filter = filter;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        TableStore store = index.table.store;
        // Rows whose key changed after an older snapshot are found through entries the store kept aside.
        boolean versioned = store.hasVersions();
        // Each bound is evaluated once: for the lookup and for rechecking rows found through old entries.
        Object[] equalKey = inValues == null && !equalKeys.isEmpty() ? evaluate(equalKeys, context) : null;
        boolean ranged = inValues == null && equalKeys.isEmpty();
        Object lowValue = ranged && low != null ? low.evaluate(null, context) : null;
        Object highValue = ranged && high != null ? high.evaluate(null, context) : null;
        int[] count = new int[1];
        long[][] buffer = {new long[4]};
        java.util.function.LongConsumer collect = rowId -> {
            if (count[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
            }
            buffer[0][count[0]++] = rowId;
        };
        if (inValues != null) {
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (BoundExpression value : inValues) {
                Object key = value.evaluate(null, context);
                if (key != null && seen.add(key)) {
                    store.noteKeyRead(index, new Object[] {key});
                    index.store.seekEqual(new Object[] {key}, collect);
                    if (versioned) {
                        store.seekOldIndexEntries(index, new Object[] {key}, collect);
                    }
                }
            }
        } else if (equalKey != null) {
            boolean hasNull = false;
            for (Object value : equalKey) {
                hasNull |= value == null;
            }
            // A whole key is a predicate on just that key (serializable conflicts); a prefix reads the table.
            if (equalKey.length == index.columns.length) {
                store.noteKeyRead(index, equalKey);
            } else {
                store.noteRead();
            }
            if (!hasNull) {
                index.store.seekEqual(equalKey, collect);
                if (versioned) {
                    store.seekOldIndexEntries(index, equalKey, collect);
                }
            }
        } else {
            store.noteRead();
            if ((low == null || lowValue != null) && (high == null || highValue != null)
                    && !(lowValue != null && highValue != null && Values.compare(lowValue, highValue) > 0)) {
                index.store.range(lowValue, lowInclusive, highValue, highInclusive, collect);
                if (versioned) {
                    store.rangeOldIndexEntries(index, lowValue, lowInclusive, highValue, highInclusive, collect);
                }
            }
        }
        long[] rowIds = buffer[0];
        int total = count[0];
        if (versioned || inValues != null) {
            rowIds = java.util.Arrays.stream(rowIds, 0, total).distinct().toArray();
            total = rowIds.length;
        }
        long[] found = rowIds;
        int foundTotal = total;
        // Index entries of other versions of a row: the version this snapshot sees must match the condition
        // (an IN list keeps its filter, which rechecks every row).
        boolean checkKeys = versioned && inValues == null;
        int width = index.table.columns.size();
        return new RowIterator() {
            private int position;

            @Override
            public Object[] next() {
                while (position < foundTotal) {
                    context.tick();
                    long rowId = found[position++];
                    Object[] row = store.get(rowId);
                    if (row == null || checkKeys && !matchesCondition(row, equalKey, lowValue, highValue)) {
                        continue;
                    }
                    if (withRowId) {
                        Object[] extended = Arrays.copyOf(row, width + 1);
                        extended[width] = rowId;
                        row = extended;
                    }
                    if (filter == null || filter.test(row, context)) {
                        return row;
                    }
                }
                return null;
            }
        };
    }

    private static Object[] evaluate(List<BoundExpression> expressions, ExecutionContext context) {
        Object[] values = new Object[expressions.size()];
        for (int position = 0; position < values.length; position++) {
            values[position] = expressions.get(position).evaluate(null, context);
        }
        return values;
    }

    /** Whether {@code row} satisfies the index condition (rows found through entries of other versions may not). */
    private boolean matchesCondition(Object[] row, Object[] equalKey, Object lowValue, Object highValue) {
        if (equalKey != null) {
            for (int position = 0; position < equalKey.length; position++) {
                Object value = row[index.columns[position]];
                if (value == null || !Values.equal(value, equalKey[position])) {
                    return false;
                }
            }
            return true;
        }
        Object value = row[index.columns[0]];
        if (value == null) {
            return false;
        }
        if (lowValue != null) {
            int order = Values.compare(value, lowValue);
            if (order < 0 || order == 0 && !lowInclusive) {
                return false;
            }
        }
        if (highValue != null) {
            int order = Values.compare(value, highValue);
            if (order > 0 || order == 0 && !highInclusive) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int width() {
        return index.table.columns.size() + (withRowId ? 1 : 0);
    }

    @Override
    public String label() {
        String table = index.table.name;
        return "Index Scan using " + index.name + " on " + table + (alias.equals(table) ? "" : " " + alias);
    }

    @Override
    public List<String> details() {
        List<String> details = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (inValues != null) {
            List<String> values = new ArrayList<>();
            for (BoundExpression value : inValues) {
                values.add(value.describe());
            }
            conditions.add(index.table.columns.get(index.columns[0]).name + " = ANY (" + String.join(", ", values) + ")");
        }
        for (int position = 0; position < equalKeys.size(); position++) {
            conditions.add(index.table.columns.get(index.columns[position]).name + " = " + equalKeys.get(position).describe());
        }
        String first = index.table.columns.get(index.columns[0]).name;
        if (low != null) {
            conditions.add(first + (lowInclusive ? " >= " : " > ") + low.describe());
        }
        if (high != null) {
            conditions.add(first + (highInclusive ? " <= " : " < ") + high.describe());
        }
        details.add("Index Cond: (" + String.join(" AND ", conditions) + ")");
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
        return index.unique && equalKeys.size() == index.columns.length ? 1 : Math.max(1, index.table.estimatedRows() / 10);
    }
}
