package io.dosql.engine.execution;

import io.dosql.core.SqlType;
import io.dosql.engine.expression.BoundExpression;
import java.util.Arrays;
import java.util.List;

/**
 * ProjectSet: a set-returning function (generate_series) in the select list; each input row is repeated
 * once per value of the series computed from that row, the value appended as the last column.
 */
public final class ProjectSetOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final List<BoundExpression> arguments;
    private final SqlType type;

    public ProjectSetOperator(PhysicalOperator input, List<BoundExpression> arguments, SqlType type) {
        this.input = input;
        this.arguments = List.copyOf(arguments);
        this.type = type;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        RowIterator rows = input.open(context);
        int inputWidth = input.width();
        return new RowIterator() {
            private Object[] current;
            private RowIterator values;

            @Override
            public Object[] next() {
                while (true) {
                    if (values != null) {
                        Object[] value = values.next();
                        if (value != null) {
                            Object[] output = Arrays.copyOf(current, inputWidth + 1);
                            output[inputWidth] = value[0];
                            return output;
                        }
                    }
                    current = rows.next();
                    if (current == null) {
                        return null;
                    }
                    values = GenerateSeriesOperator.series(arguments, current, type, context);
                }
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    @Override
    public int width() {
        return input.width() + 1;
    }

    @Override
    public String label() {
        return "ProjectSet";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
