package io.dosql.engine.planner;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.RowIterator;
import io.dosql.engine.execution.TableWriter;
import io.dosql.engine.expression.BoundExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * MERGE: the source plan is {@code source LEFT JOIN target ON condition} (source columns, target columns,
 * target row id — NULL when no target row matched). All joined rows are read first; then each runs the
 * first WHEN clause of its kind (MATCHED / NOT MATCHED) whose condition holds. Rows are written through
 * {@link TableWriter} (constraints, indexes, triggers) and inserts through {@link InsertPlan} (defaults,
 * identity). Affecting one target row twice is 21000, as in PostgreSQL.
 */
public final class MergePlan extends ModificationPlan {
    /** What a WHEN clause does. */
    public enum Action { UPDATE, DELETE, INSERT, DO_NOTHING }

    /**
     * One bound WHEN clause. {@code assignments}: per table column, the new value over the joined row or
     * null to keep (UPDATE). {@code insert} and {@code insertValues}: the insert into the target columns
     * it names, values over the joined row, a null value meaning DEFAULT (INSERT).
     */
    public record Clause(boolean matched, BoundExpression condition, Action action, BoundExpression[] assignments,
                         InsertPlan insert, List<BoundExpression> insertValues) {
        public Clause {
            Objects.requireNonNull(action, "action is null");
            insertValues = insertValues == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(insertValues));
        }
    }

    private final PhysicalOperator source;
    private final int targetOffset;
    private final List<Clause> clauses;

    public MergePlan(TableInfo table, PhysicalOperator source, int targetOffset, List<Clause> clauses,
                     List<SqlType> parameterTypes, io.dosql.engine.execution.TableRules rules) {
        super(table, null, null, parameterTypes, rules);
        this.source = source;
        this.targetOffset = targetOffset;
        this.clauses = List.copyOf(clauses);
    }

    @Override
    protected long run(ExecutionContext context, TableWriter writer, List<Object[]> returned) {
        int width = table.columns.size();
        int rowIdIndex = targetOffset + width;
        List<Object[]> joined = new ArrayList<>();
        RowIterator rows = source.open(context);
        try {
            for (Object[] row; (row = rows.next()) != null; ) {
                joined.add(row);
            }
        } finally {
            rows.close();
        }
        Set<Long> affected = new HashSet<>();
        long count = 0;
        for (Object[] row : joined) {
            Long rowId = (Long) row[rowIdIndex];
            Clause clause = firstApplicable(row, rowId != null, context);
            if (clause == null || clause.action() == Action.DO_NOTHING) {
                continue;
            }
            if (clause.action() == Action.INSERT) {
                count += insert(clause, row, context, writer);
                continue;
            }
            if (!affected.add(rowId)) {
                throw ErrorCode.CARDINALITY_VIOLATION.exception("MERGE command cannot affect row a second time")
                        .withHint("Ensure that not more than one source row matches any one target row.");
            }
            Object[] current = table.store.get(rowId);
            if (current == null) {
                continue;
            }
            if (clause.action() == Action.DELETE) {
                count += writer.delete(table, rowId, current) ? 1 : 0;
                continue;
            }
            Object[] updated = current.clone();
            boolean[] assigned = new boolean[width];
            for (int column = 0; column < width; column++) {
                BoundExpression assignment = clause.assignments()[column];
                if (assignment != null) {
                    updated[column] = assignment.evaluate(row, context);
                    assigned[column] = true;
                }
            }
            count += writer.update(table, rowId, current, updated, assigned) ? 1 : 0;
        }
        return count;
    }

    private Clause firstApplicable(Object[] row, boolean matched, ExecutionContext context) {
        for (Clause clause : clauses) {
            if (clause.matched() == matched && (clause.condition() == null || clause.condition().test(row, context))) {
                return clause;
            }
        }
        return null;
    }

    private static int insert(Clause clause, Object[] row, ExecutionContext context, TableWriter writer) {
        List<BoundExpression> values = clause.insertValues();
        Object[] provided = new Object[values.size()];
        boolean[] useDefault = new boolean[values.size()];
        for (int index = 0; index < provided.length; index++) {
            BoundExpression value = values.get(index);
            if (value == null) {
                useDefault[index] = true;
            } else {
                provided[index] = value.evaluate(row, context);
            }
        }
        return clause.insert().insertProvided(provided, useDefault, context, writer);
    }

    @Override
    protected String tag(long count) {
        return "MERGE " + count;
    }

    @Override
    protected PhysicalOperator source() {
        return source;
    }
}
