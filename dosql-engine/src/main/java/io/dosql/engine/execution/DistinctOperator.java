package io.dosql.engine.execution;

import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HashAggregate for DISTINCT: the first row of each distinct value of its first {@code keyWidth}
 * columns (all columns for DISTINCT, the ON expressions' columns for DISTINCT ON after a sort).
 */
public final class DistinctOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final int[] keyColumns;

    public DistinctOperator(PhysicalOperator input, int[] keyColumns) {
        this.input = input;
        this.keyColumns = keyColumns;
    }

    /** DISTINCT over all columns. */
    public DistinctOperator(PhysicalOperator input) {
        this(input, java.util.stream.IntStream.range(0, input.width()).toArray());
    }

    static List<Object> key(Object[] row, int[] columns) {
        List<Object> key = new ArrayList<>(columns.length);
        for (int column : columns) {
            key.add(Values.hashKey(row[column]));
        }
        return key;
    }

    static List<Object> key(Object[] row, int width) {
        List<Object> key = new ArrayList<>(width);
        for (int index = 0; index < width; index++) {
            key.add(Values.hashKey(row[index]));
        }
        return key;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        RowIterator rows = input.open(context);
        Set<List<Object>> seen = new HashSet<>();
        return new RowIterator() {
            @Override
            public Object[] next() {
                for (Object[] row; (row = rows.next()) != null; ) {
                    context.tick();
                    if (seen.add(key(row, keyColumns))) {
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
        return keyColumns.length == input.width() ? "HashAggregate" : "Unique";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
