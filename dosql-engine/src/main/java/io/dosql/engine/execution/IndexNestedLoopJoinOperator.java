package io.dosql.engine.execution;

import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.storage.TableStore;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested Loop with an inner Index Scan: for each outer row, seeks the inner table's index with the
 * outer row's key value and emits the matches that pass {@code innerFilter} (over the inner row) and
 * {@code residual} (over the combined row). Inner joins only.
 */
public final class IndexNestedLoopJoinOperator extends PhysicalOperator {
    private final PhysicalOperator outer;
    private final IndexInfo index;
    private final String alias;
    private final BoundExpression outerKey;
    private final BoundExpression innerFilter;
    private final BoundExpression residual;

    public IndexNestedLoopJoinOperator(PhysicalOperator outer, IndexInfo index, String alias, BoundExpression outerKey,
                                       BoundExpression innerFilter, BoundExpression residual) {
        this.outer = outer;
        this.index = index;
        this.alias = alias;
        this.outerKey = outerKey;
        this.innerFilter = innerFilter;
        this.residual = residual;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        RowIterator rows = outer.open(context);
        TableStore store = index.table.store;
        boolean keyReads = index.columns.length == 1;
        if (!keyReads) {
            store.noteRead();
        }
        int outerWidth = outer.width();
        int innerWidth = index.table.columns.size();
        return new RowIterator() {
            private Object[] current;
            private final List<Long> matches = new ArrayList<>();
            private int position;
            private Object key;
            private boolean recheck;

            @Override
            public Object[] next() {
                while (true) {
                    while (current != null && position < matches.size()) {
                        context.tick();
                        Object[] inner = store.get(matches.get(position++));
                        if (inner != null && recheck && !Values.equal(inner[index.columns[0]], key)) {
                            continue; // an entry of another version of the row
                        }
                        if (inner == null || innerFilter != null && !innerFilter.test(inner, context)) {
                            continue;
                        }
                        Object[] combined = JoinKind.combine(current, outerWidth, inner, innerWidth);
                        if (residual == null || residual.test(combined, context)) {
                            return combined;
                        }
                    }
                    current = rows.next();
                    if (current == null) {
                        return null;
                    }
                    matches.clear();
                    position = 0;
                    key = outerKey.evaluate(current, context);
                    if (key != null) {
                        if (keyReads) {
                            store.noteKeyRead(index, new Object[] {key});
                        }
                        index.store.seekEqual(new Object[] {key}, matches::add);
                        recheck = store.hasVersions();
                        if (recheck) {
                            store.seekOldIndexEntries(index, new Object[] {key}, matches::add);
                            dedupe(matches);
                        }
                    }
                }
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    @Override
    public int width() {
        return outer.width() + index.table.columns.size();
    }

    @Override
    public String label() {
        return "Nested Loop";
    }

    @Override
    public List<String> details() {
        return residual == null ? List.of() : List.of("Join Filter: " + residual.describe());
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(outer, new PhysicalOperator() {
            @Override
            protected RowIterator openIterator(ExecutionContext context) {
                return () -> null;
            }

            @Override
            public int width() {
                return index.table.columns.size();
            }

            @Override
            public String label() {
                String table = index.table.name;
                return "Index Scan using " + index.name + " on " + table + (alias.equals(table) ? "" : " " + alias);
            }

            @Override
            public List<String> details() {
                List<String> details = new ArrayList<>();
                details.add("Index Cond: (" + index.table.columns.get(index.columns[0]).name + " = " + outerKey.describe() + ")");
                if (innerFilter != null) {
                    details.add("Filter: " + innerFilter.describe());
                }
                return details;
            }

            @Override
            public List<PhysicalOperator> children() {
                return List.of();
            }
        });
    }

    @Override
    public long estimatedRows() {
        return outer.estimatedRows() * 2;
    }

    /** Drops repeated row ids (a row whose versions have the same key twice in the index). */
    static void dedupe(List<Long> rowIds) {
        if (rowIds.size() > 1) {
            java.util.LinkedHashSet<Long> unique = new java.util.LinkedHashSet<>(rowIds);
            rowIds.clear();
            rowIds.addAll(unique);
        }
    }
}
