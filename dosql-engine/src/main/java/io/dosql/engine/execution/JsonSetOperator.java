package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.JsonSetFunction;
import java.util.Iterator;
import java.util.List;

/** Function Scan on a set-returning JSON function (jsonb_array_elements, jsonb_each, …) in FROM. */
public final class JsonSetOperator extends PhysicalOperator {
    private final JsonSetFunction.Binding function;
    private final BoundExpression argument;

    public JsonSetOperator(JsonSetFunction.Binding function, BoundExpression argument) {
        this.function = function;
        this.argument = argument;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        return rows(function, argument, null, context);
    }

    /** The function's rows for {@code argument} evaluated over {@code row} (null in FROM). */
    static RowIterator rows(JsonSetFunction.Binding function, BoundExpression argument, Object[] row,
                            ExecutionContext context) {
        Iterator<Object[]> rows = function.rows(argument.evaluate(row, context)).iterator();
        return () -> {
            context.tick();
            return rows.hasNext() ? rows.next() : null;
        };
    }

    @Override
    public int width() {
        return function.columnNames().size();
    }

    @Override
    public String label() {
        return "Function Scan on " + function.name();
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public long estimatedRows() {
        return 100;
    }
}
