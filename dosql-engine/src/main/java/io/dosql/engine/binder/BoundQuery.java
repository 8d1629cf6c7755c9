package io.dosql.engine.binder;

import io.dosql.engine.ResultColumn;
import io.dosql.engine.execution.PhysicalOperator;
import java.util.List;

/** A bound and planned query: its physical plan, output columns, and whether it reads outer rows. */
public record BoundQuery(PhysicalOperator plan, List<ResultColumn> columns, boolean correlated) {
    public BoundQuery {
        columns = List.copyOf(columns);
    }
}
