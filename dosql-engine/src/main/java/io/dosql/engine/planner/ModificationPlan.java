package io.dosql.engine.planner;

import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.TableWriter;
import io.dosql.engine.expression.BoundExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Common shape of INSERT / UPDATE / DELETE plans: a target table, an optional RETURNING projection
 * over the affected table row, and the command tag.
 */
public abstract class ModificationPlan implements StatementPlan {
    protected final TableInfo table;
    protected final List<BoundExpression> returning;
    protected final List<ResultColumn> returningColumns;
    private final List<SqlType> parameterTypes;
    protected final io.dosql.engine.execution.TableRules rules;

    protected ModificationPlan(TableInfo table, List<BoundExpression> returning, List<ResultColumn> returningColumns,
                               List<SqlType> parameterTypes, io.dosql.engine.execution.TableRules rules) {
        this.table = table;
        this.returning = returning;
        this.returningColumns = returningColumns;
        this.parameterTypes = List.copyOf(parameterTypes);
        this.rules = rules;
    }

    /** Runs the change; adds RETURNING rows to {@code returned} (when non-null); returns the row count. */
    protected abstract long run(ExecutionContext context, TableWriter writer, List<Object[]> returned);

    protected abstract String tag(long count);

    protected abstract PhysicalOperator source();

    /** A writer for executions under {@code context} (one serves every set of a batch). */
    public TableWriter newWriter(ExecutionContext context) {
        return new TableWriter(context, rules);
    }

    /** Runs the change without RETURNING and without a result object (a batch set); returns the row count. */
    public long executeCounting(ExecutionContext context, TableWriter writer) {
        if (returning != null) {
            throw new IllegalStateException("a change with RETURNING has rows to return");
        }
        return run(context, writer, null);
    }

    @Override
    public StatementResult execute(ExecutionContext context) {
        List<Object[]> returned = returning == null ? null : new ArrayList<>();
        long count = run(context, new TableWriter(context, rules), returned);
        return new MaterializedResult(tag(count), count, returning == null ? null : returningColumns, returned);
    }

    protected void addReturning(Object[] row, ExecutionContext context, List<Object[]> returned) {
        if (returned == null) {
            return;
        }
        Object[] output = new Object[returning.size()];
        for (int index = 0; index < output.length; index++) {
            output[index] = returning.get(index).evaluate(row, context);
        }
        returned.add(output);
    }

    @Override
    public List<ResultColumn> columns() {
        return returning == null ? List.of() : returningColumns;
    }

    @Override
    public List<SqlType> parameterTypes() {
        return parameterTypes;
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public List<String> explain(ExecutionContext analyzed) {
        List<String> lines = new ArrayList<>();
        lines.add(tag(0).split(" ")[0].charAt(0) + tag(0).split(" ")[0].substring(1).toLowerCase() + " on " + table.name);
        PhysicalOperator source = source();
        if (source != null) {
            for (String line : PlanPrinter.print(source, analyzed)) {
                lines.add((line.startsWith(" ") ? "      " + line : "  ->  " + line));
            }
        }
        return lines;
    }
}
