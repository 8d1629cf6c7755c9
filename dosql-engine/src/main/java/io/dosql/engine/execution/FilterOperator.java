package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import java.util.List;

/** Filter: passes the rows for which the predicate is TRUE. */
public final class FilterOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final BoundExpression predicate;

    public FilterOperator(PhysicalOperator input, BoundExpression predicate) {
        this.input = input;
        this.predicate = predicate;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        RowIterator rows = input.open(context);
        return new RowIterator() {
            @Override
            public Object[] next() {
                Object[] row;
                while ((row = rows.next()) != null) {
                    context.tick();
                    if (predicate.test(row, context)) {
                        return row;
                    }
                }
                return null;
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    @Override
    public int width() {
        return input.width();
    }

    @Override
    public String label() {
        return "Filter";
    }

    @Override
    public List<String> details() {
        return List.of("Filter: " + predicate.describe());
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }

    @Override
    public long estimatedRows() {
        return Math.max(1, input.estimatedRows() / 3);
    }
}
