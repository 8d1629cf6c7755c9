package io.dosql.engine.planner;

import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/** A bound, planned statement that can run many times with different parameters. */
public interface StatementPlan {
    StatementResult execute(ExecutionContext context);

    /** Columns returned (empty when only a count is returned). */
    List<ResultColumn> columns();

    List<SqlType> parameterTypes();

    /** Whether running it changes data or schema (row locks for data; the schema lock for catalog changes). */
    boolean writes();

    /** The EXPLAIN lines of this plan. */
    default List<String> explain(ExecutionContext analyzed) {
        return List.of("Result");
    }
}
