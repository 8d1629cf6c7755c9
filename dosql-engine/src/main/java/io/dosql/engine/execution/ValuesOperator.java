package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import java.util.List;

/** Values Scan: rows of expressions (VALUES, or the single empty row of a SELECT without FROM). */
public final class ValuesOperator extends PhysicalOperator {
    private final List<List<BoundExpression>> rows;
    private final int width;

    public ValuesOperator(List<List<BoundExpression>> rows, int width) {
        this.rows = rows;
        this.width = width;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        return new RowIterator() {
            private int position;

            @Override
            public Object[] next() {
                if (position >= rows.size()) {
                    return null;
                }
                List<BoundExpression> expressions = rows.get(position++);
                Object[] row = new Object[width];
                for (int index = 0; index < width; index++) {
                    row[index] = expressions.get(index).evaluate(row, context);
                }
                return row;
            }
        };
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public String label() {
        return width == 0 && rows.size() == 1 ? "Result" : "Values Scan";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public long estimatedRows() {
        return rows.size();
    }
}
