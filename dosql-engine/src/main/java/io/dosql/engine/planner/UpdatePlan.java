package io.dosql.engine.planner;

import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.RowIterator;
import io.dosql.engine.execution.TableWriter;
import io.dosql.engine.expression.BoundExpression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * UPDATE / DELETE: the source plan yields target rows (table columns, then the row id, then any
 * FROM/USING columns); all changes are computed first, then applied, so a statement never sees its
 * own changes.
 */
public final class UpdatePlan extends ModificationPlan {
    private final PhysicalOperator source;
    /** Per table column: the new value over the source row, or null to keep; null array means DELETE. */
    private final BoundExpression[] assignments;
    /**
     * Null: a row changed after the snapshot restarts the statement (UPDATE … FROM, DELETE … USING).
     * Otherwise the WHERE condition (empty: none) re-evaluated on the newest version, as PostgreSQL does.
     */
    private java.util.Optional<BoundExpression> recheck;

    public UpdatePlan(TableInfo table, PhysicalOperator source, BoundExpression[] assignments,
                      List<BoundExpression> returning, List<ResultColumn> returningColumns, List<SqlType> parameterTypes,
                      io.dosql.engine.execution.TableRules rules) {
        super(table, returning, returningColumns, parameterTypes, rules);
        this.source = source;
        this.assignments = assignments;
    }

    /** Re-evaluates rows that changed after the snapshot with {@code condition} instead of restarting. */
    public UpdatePlan withRecheck(java.util.Optional<BoundExpression> condition) {
        this.recheck = condition;
        return this;
    }

    @Override
    protected long run(ExecutionContext context, TableWriter writer, List<Object[]> returned) {
        int width = table.columns.size();
        Map<Long, Object[]> changes = new LinkedHashMap<>();
        RowIterator rows = source.open(context);
        for (Object[] row; (row = rows.next()) != null; ) {
            long rowId = (Long) row[width];
            if (changes.containsKey(rowId)) {
                continue;
            }
            if (assignments == null) {
                changes.put(rowId, row);
                continue;
            }
            Object[] updated = new Object[width];
            for (int column = 0; column < width; column++) {
                updated[column] = assignments[column] == null ? row[column] : assignments[column].evaluate(row, context);
            }
            changes.put(rowId, updated);
        }
        rows.close();
        long count = 0;
        boolean[] assigned = assignedColumns();
        for (Map.Entry<Long, Object[]> change : changes.entrySet()) {
            long rowId = change.getKey();
            Object[] current = table.store.get(rowId);
            if (current == null) {
                continue;
            }
            Object[] updated = change.getValue();
            boolean locked = false;
            if (recheck != null) {
                io.dosql.engine.storage.TableStore.LockedRow newest = table.store.lockNewest(rowId);
                if (newest == null) {
                    continue; // deleted meanwhile
                }
                locked = true;
                if (newest.newer()) {
                    Object[] source = java.util.Arrays.copyOf(newest.row(), width + 1);
                    source[width] = rowId;
                    if (recheck.isPresent() && !recheck.get().test(source, context)) {
                        continue;
                    }
                    current = newest.row();
                    if (assignments != null) {
                        updated = new Object[width];
                        for (int column = 0; column < width; column++) {
                            updated[column] = assignments[column] == null ? current[column]
                                    : assignments[column].evaluate(source, context);
                        }
                    }
                }
            }
            if (assignments == null) {
                if (!writer.delete(table, rowId, current, locked)) {
                    continue;
                }
                addReturning(current, context, returned);
            } else {
                if (!writer.update(table, rowId, current, updated, assigned, locked)) {
                    continue;
                }
                addReturning(updated, context, returned);
            }
            count++;
        }
        return count;
    }

    /** The columns the SET list assigns (for UPDATE OF triggers); null for DELETE. */
    private boolean[] assignedColumns() {
        if (assignments == null) {
            return null;
        }
        boolean[] assigned = new boolean[assignments.length];
        for (int column = 0; column < assignments.length; column++) {
            assigned[column] = assignments[column] != null;
        }
        return assigned;
    }

    @Override
    protected String tag(long count) {
        return (assignments == null ? "DELETE " : "UPDATE ") + count;
    }

    @Override
    protected PhysicalOperator source() {
        return source;
    }

}
