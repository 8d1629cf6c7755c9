package io.dosql.engine.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UNION / INTERSECT / EXCEPT [ALL] over two inputs of equal width (NULLs compare equal here). */
public final class SetOperationOperator extends PhysicalOperator {
    /** The set operator. */
    public enum Kind { UNION, INTERSECT, EXCEPT }

    private final Kind kind;
    private final boolean all;
    private final PhysicalOperator left;
    private final PhysicalOperator right;

    public SetOperationOperator(Kind kind, boolean all, PhysicalOperator left, PhysicalOperator right) {
        this.kind = kind;
        this.all = all;
        this.left = left;
        this.right = right;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        int width = left.width();
        List<Object[]> output = new ArrayList<>();
        if (kind == Kind.UNION && all) {
            RowIterator first = left.open(context);
            RowIterator second = right.open(context);
            return new RowIterator() {
                private boolean onSecond;

                @Override
                public Object[] next() {
                    if (!onSecond) {
                        Object[] row = first.next();
                        if (row != null) {
                            return row;
                        }
                        onSecond = true;
                    }
                    return second.next();
                }
            };
        }
        Map<List<Object>, Object[]> leftRows = new LinkedHashMap<>();
        Map<List<Object>, int[]> leftCounts = new HashMap<>();
        RowIterator first = left.open(context);
        for (Object[] row; (row = first.next()) != null; ) {
            context.tick();
            List<Object> key = DistinctOperator.key(row, width);
            leftRows.putIfAbsent(key, row);
            leftCounts.computeIfAbsent(key, unused -> new int[2])[0]++;
        }
        RowIterator second = right.open(context);
        for (Object[] row; (row = second.next()) != null; ) {
            context.tick();
            List<Object> key = DistinctOperator.key(row, width);
            if (kind == Kind.UNION) {
                leftRows.putIfAbsent(key, row);
                leftCounts.computeIfAbsent(key, unused -> new int[2])[0] = 1;
            } else {
                int[] counts = leftCounts.get(key);
                if (counts != null) {
                    counts[1]++;
                }
            }
        }
        for (Map.Entry<List<Object>, Object[]> entry : leftRows.entrySet()) {
            int[] counts = leftCounts.get(entry.getKey());
            int times;
            if (kind == Kind.UNION) {
                times = 1;
            } else if (kind == Kind.INTERSECT) {
                times = all ? Math.min(counts[0], counts[1]) : (counts[1] > 0 ? 1 : 0);
            } else {
                times = all ? Math.max(0, counts[0] - counts[1]) : (counts[1] > 0 ? 0 : 1);
            }
            for (int time = 0; time < times; time++) {
                output.add(entry.getValue());
            }
        }
        java.util.Iterator<Object[]> iterator = output.iterator();
        return () -> iterator.hasNext() ? iterator.next() : null;
    }

    @Override
    public int width() {
        return left.width();
    }

    @Override
    public String label() {
        return kind == Kind.UNION ? (all ? "Append" : "HashSetOp Union")
                : "HashSetOp " + (kind == Kind.INTERSECT ? "Intersect" : "Except") + (all ? " All" : "");
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(left, right);
    }
}
