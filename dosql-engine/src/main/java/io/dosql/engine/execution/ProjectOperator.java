package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.ColumnRef;
import java.util.List;

/** Result/projection: computes one output row of expressions per input row. */
public final class ProjectOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final BoundExpression[] expressions;

    public ProjectOperator(PhysicalOperator input, List<BoundExpression> expressions) {
        this.input = input;
        this.expressions = expressions.toArray(new BoundExpression[0]);
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        RowIterator rows = input.open(context);
        BoundExpression[] columns = expressions;
        return new RowIterator() {
            @Override
            public Object[] next() {
                Object[] row = rows.next();
                if (row == null) {
                    return null;
                }
                Object[] output = new Object[columns.length];
                for (int index = 0; index < columns.length; index++) {
                    output[index] = columns[index].evaluate(row, context);
                }
                return output;
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** True when the projection only re-selects input columns in order (EXPLAIN hides it then). */
    public boolean isIdentity() {
        if (expressions.length != input.width()) {
            return false;
        }
        for (int index = 0; index < expressions.length; index++) {
            if (!(expressions[index] instanceof ColumnRef ref) || ref.index() != index) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int width() {
        return expressions.length;
    }

    @Override
    public String label() {
        return "Result";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
