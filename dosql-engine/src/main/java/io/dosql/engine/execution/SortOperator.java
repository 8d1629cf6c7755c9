package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sort (stable), or Top-N when {@code limit} is set: keeps only the first limit+offset rows in a
 * bounded heap instead of sorting everything.
 */
public final class SortOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final List<SortKey> keys;
    private final BoundExpression limit;
    private final BoundExpression offset;

    public SortOperator(PhysicalOperator input, List<SortKey> keys, BoundExpression limit, BoundExpression offset) {
        this.input = input;
        this.keys = List.copyOf(keys);
        this.limit = limit;
        this.offset = offset;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        int keyCount = keys.size();
        Comparator<Object[]> keyOrder = SortKey.comparator(keys);
        // Entries are {keys..., row, sequence} so equal keys keep input order.
        Comparator<Object[]> order = (left, right) -> {
            int result = keyOrder.compare(left, right);
            return result != 0 ? result : Long.compare((Long) left[keyCount + 1], (Long) right[keyCount + 1]);
        };
        long bound = -1;
        if (limit != null) {
            Object limitValue = limit.evaluate(null, context);
            if (limitValue != null) {
                Object offsetValue = offset == null ? null : offset.evaluate(null, context);
                bound = ((Number) limitValue).longValue() + (offsetValue == null ? 0 : ((Number) offsetValue).longValue());
            }
        }
        RowIterator rows = input.open(context);
        List<Object[]> sorted;
        long sequence = 0;
        if (bound >= 0 && bound < 100_000) {
            PriorityQueue<Object[]> heap = new PriorityQueue<>(order.reversed());
            for (Object[] row; (row = rows.next()) != null; ) {
                context.tick();
                Object[] entry = entry(row, context, sequence++);
                if (heap.size() < bound) {
                    heap.add(entry);
                } else if (bound > 0 && order.compare(entry, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(entry);
                }
            }
            sorted = new ArrayList<>(heap);
        } else {
            sorted = new ArrayList<>();
            for (Object[] row; (row = rows.next()) != null; ) {
                context.tick();
                sorted.add(entry(row, context, sequence++));
            }
        }
        rows.close();
        Object[][] array = sorted.toArray(new Object[0][]);
        // Sorting millions of rows takes seconds: comparisons count as work for cancellation too.
        Arrays.sort(array, (left, right) -> {
            context.tick();
            return order.compare(left, right);
        });
        return new RowIterator() {
            private int position;

            @Override
            public Object[] next() {
                return position < array.length ? (Object[]) array[position++][keyCount] : null;
            }
        };
    }

    private Object[] entry(Object[] row, ExecutionContext context, long sequence) {
        int keyCount = keys.size();
        Object[] entry = new Object[keyCount + 2];
        for (int index = 0; index < keyCount; index++) {
            entry[index] = keys.get(index).expression().evaluate(row, context);
        }
        entry[keyCount] = row;
        entry[keyCount + 1] = sequence;
        return entry;
    }

    @Override
    public int width() {
        return input.width();
    }

    @Override
    public String label() {
        return limit != null ? "Top-N Sort" : "Sort";
    }

    @Override
    public List<String> details() {
        List<String> parts = new ArrayList<>();
        for (SortKey key : keys) {
            parts.add(key.describe());
        }
        return List.of("Sort Key: " + String.join(", ", parts));
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
