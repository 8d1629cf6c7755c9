package io.dosql.engine.execution;

import java.util.List;

/**
 * A node of a physical plan: immutable and shareable between executions (prepared statements), it
 * opens a fresh {@link RowIterator} per execution. {@link #label()} and {@link #details()} feed EXPLAIN.
 */
public abstract class PhysicalOperator {
    /** Opens this operator; under EXPLAIN ANALYZE the iterator counts the rows it returns. */
    public final RowIterator open(ExecutionContext context) {
        RowIterator iterator = openIterator(context);
        long[] counter = context.analyzeCounter(this);
        if (counter == null) {
            return iterator;
        }
        counter[1]++;
        return new RowIterator() {
            @Override
            public Object[] next() {
                Object[] row = iterator.next();
                if (row != null) {
                    counter[0]++;
                }
                return row;
            }

            @Override
            public void close() {
                iterator.close();
            }
        };
    }

    protected abstract RowIterator openIterator(ExecutionContext context);

    /** Number of columns of the rows produced. */
    public abstract int width();

    public abstract String label();

    public List<String> details() {
        return List.of();
    }

    public abstract List<PhysicalOperator> children();

    /** Estimated output rows, for join ordering. */
    public long estimatedRows() {
        long estimate = 1;
        for (PhysicalOperator child : children()) {
            estimate = Math.max(estimate, child.estimatedRows());
        }
        return estimate;
    }
}
