package io.dosql.engine.planner;

import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import io.dosql.engine.binder.BoundQuery;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.RowIterator;
import java.util.ArrayList;
import java.util.List;

/** A SELECT / VALUES / WITH query: runs its physical plan and collects the rows. */
public final class QueryPlan implements StatementPlan {
    private final BoundQuery query;
    private final List<SqlType> parameterTypes;

    public QueryPlan(BoundQuery query, List<SqlType> parameterTypes) {
        this.query = query;
        this.parameterTypes = List.copyOf(parameterTypes);
    }

    @Override
    public StatementResult execute(ExecutionContext context) {
        List<Object[]> rows = collect(query, context);
        return new MaterializedResult("SELECT " + rows.size(), -1, query.columns(), rows);
    }

    /** Opens the plan for pulling rows one at a time (streaming results); the caller closes it. */
    public RowIterator open(ExecutionContext context) {
        return query.plan().open(context);
    }

    static List<Object[]> collect(BoundQuery query, ExecutionContext context) {
        List<Object[]> rows = new ArrayList<>();
        RowIterator iterator = query.plan().open(context);
        try {
            int count = 0;
            for (Object[] row; (row = iterator.next()) != null; ) {
                rows.add(row);
                if ((++count & 1023) == 0) {
                    context.checkCanceled();
                }
            }
        } finally {
            iterator.close();
        }
        return rows;
    }

    @Override
    public List<ResultColumn> columns() {
        return query.columns();
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
        return PlanPrinter.print(query.plan(), analyzed);
    }
}
