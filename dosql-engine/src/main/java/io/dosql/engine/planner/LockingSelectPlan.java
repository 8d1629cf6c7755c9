package io.dosql.engine.planner;

import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.RowIterator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.mvcc.MvccTableStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SELECT … FOR UPDATE / FOR SHARE: pulls the query's rows (the row id last), locks each one, and
 * applies OFFSET/LIMIT to the rows it locked; rows skipped (SKIP LOCKED) or gone meanwhile do not count.
 */
public final class LockingSelectPlan implements StatementPlan {
    private final PhysicalOperator plan;
    private final MvccTableStore store;
    private final boolean exclusive;
    private final MvccTableStore.WaitPolicy policy;
    private final BoundExpression limit;
    private final BoundExpression offset;
    private final List<ResultColumn> columns;
    private final List<SqlType> parameterTypes;
    private final String clause;

    public LockingSelectPlan(PhysicalOperator plan, MvccTableStore store, boolean exclusive,
                             MvccTableStore.WaitPolicy policy, BoundExpression limit, BoundExpression offset,
                             List<ResultColumn> columns, List<SqlType> parameterTypes, String clause) {
        this.plan = plan;
        this.store = store;
        this.exclusive = exclusive;
        this.policy = policy;
        this.limit = limit;
        this.offset = offset;
        this.columns = List.copyOf(columns);
        this.parameterTypes = List.copyOf(parameterTypes);
        this.clause = clause;
    }

    @Override
    public StatementResult execute(ExecutionContext context) {
        long skip = bound(offset, context, 0);
        long take = bound(limit, context, Long.MAX_VALUE);
        List<Object[]> rows = new ArrayList<>();
        int width = columns.size();
        RowIterator iterator = plan.open(context);
        try {
            for (Object[] row; rows.size() < take && (row = iterator.next()) != null; ) {
                context.checkCanceled();
                long rowId = (Long) row[width];
                if (store.lockRow(rowId, exclusive, policy) != MvccTableStore.LockOutcome.LOCKED) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                rows.add(Arrays.copyOf(row, width));
            }
        } finally {
            iterator.close();
        }
        return new MaterializedResult("SELECT " + rows.size(), -1, columns, rows);
    }

    private static long bound(BoundExpression expression, ExecutionContext context, long absent) {
        if (expression == null) {
            return absent;
        }
        Object value = expression.evaluate(null, context);
        return value == null ? absent : Math.max(0, ((Number) value).longValue());
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public List<SqlType> parameterTypes() {
        return parameterTypes;
    }

    @Override
    public boolean writes() {
        return false;
    }

    @Override
    public List<String> explain(ExecutionContext analyzed) {
        List<String> lines = new ArrayList<>();
        lines.add("LockRows (" + clause + ")");
        for (String line : PlanPrinter.print(plan, analyzed)) {
            lines.add("  " + line);
        }
        return lines;
    }
}
