package io.dosql.engine.execution;

import io.dosql.core.SqlType;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.JsonSetFunction;
import java.util.Arrays;
import java.util.List;

/**
 * ProjectSet: a set-returning function (generate_series, jsonb_array_elements, …) in the select list;
 * each input row is repeated once per value the function gives for that row, appended as the last column.
 */
public final class ProjectSetOperator extends PhysicalOperator {
    /** The one-column rows a set-returning function gives for an input row. */
    private interface Values {
        RowIterator open(Object[] row, ExecutionContext context);
    }

    private final PhysicalOperator input;
    private final Values function;

    /** generate_series over {@code arguments}, all of {@code type}. */
    public ProjectSetOperator(PhysicalOperator input, List<BoundExpression> arguments, SqlType type) {
        this.input = input;
        List<BoundExpression> copy = List.copyOf(arguments);
        this.function = (row, context) -> GenerateSeriesOperator.series(copy, row, type, context);
    }

    /** A one-column JSON set-returning function over {@code argument}. */
    public ProjectSetOperator(PhysicalOperator input, JsonSetFunction.Binding json, BoundExpression argument) {
        this.input = input;
        this.function = (row, context) -> JsonSetOperator.rows(json, argument, row, context);
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
                    values = function.open(current, context);
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
