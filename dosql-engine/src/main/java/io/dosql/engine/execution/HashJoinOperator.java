package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash Join on equality keys: builds a hash table of the right input, probes it with each left row;
 * {@code residual} filters combined rows. INNER, LEFT, RIGHT and FULL; NULL keys never match.
 */
public final class HashJoinOperator extends PhysicalOperator {
    private final JoinKind kind;
    private final PhysicalOperator left;
    private final PhysicalOperator right;
    private final List<BoundExpression> leftKeys;
    private final List<BoundExpression> rightKeys;
    private final BoundExpression residual;

    public HashJoinOperator(JoinKind kind, PhysicalOperator left, PhysicalOperator right, List<BoundExpression> leftKeys,
                            List<BoundExpression> rightKeys, BoundExpression residual) {
        this.kind = kind;
        this.left = left;
        this.right = right;
        this.leftKeys = List.copyOf(leftKeys);
        this.rightKeys = List.copyOf(rightKeys);
        this.residual = residual;
    }

    private static Object key(List<BoundExpression> keys, Object[] row, ExecutionContext context) {
        if (keys.size() == 1) {
            return Values.hashKey(keys.get(0).evaluate(row, context));
        }
        List<Object> values = new ArrayList<>(keys.size());
        for (BoundExpression key : keys) {
            Object value = Values.hashKey(key.evaluate(row, context));
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        Map<Object, List<Integer>> table = new HashMap<>();
        List<Object[]> rightRows = new ArrayList<>();
        RowIterator build = right.open(context);
        for (Object[] row; (row = build.next()) != null; ) {
            context.tick();
            int index = rightRows.size();
            rightRows.add(row);
            Object key = key(rightKeys, row, context);
            if (key != null) {
                table.computeIfAbsent(key, unused -> new ArrayList<>(1)).add(index);
            }
        }
        build.close();
        boolean[] rightMatched = new boolean[rightRows.size()];
        RowIterator probe = left.open(context);
        int leftWidth = left.width();
        int rightWidth = right.width();
        return new RowIterator() {
            private Object[] current;
            private List<Integer> candidates;
            private int position;
            private boolean currentMatched;
            private UnmatchedRightRows unmatched;

            @Override
            public Object[] next() {
                while (true) {
                    if (unmatched != null) {
                        return unmatched.next();
                    }
                    if (current == null) {
                        current = probe.next();
                        if (current == null) {
                            if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
                                unmatched = new UnmatchedRightRows(rightRows, rightMatched, leftWidth, rightWidth);
                                continue;
                            }
                            return null;
                        }
                        Object key = key(leftKeys, current, context);
                        candidates = key == null ? null : table.get(key);
                        position = 0;
                        currentMatched = false;
                    }
                    if (candidates != null) {
                        while (position < candidates.size()) {
                            context.tick();
                            int index = candidates.get(position++);
                            Object[] combined = JoinKind.combine(current, leftWidth, rightRows.get(index), rightWidth);
                            if (residual == null || residual.test(combined, context)) {
                                currentMatched = true;
                                rightMatched[index] = true;
                                return combined;
                            }
                        }
                    }
                    Object[] finished = current;
                    current = null;
                    if (!currentMatched && (kind == JoinKind.LEFT || kind == JoinKind.FULL)) {
                        return JoinKind.combine(finished, leftWidth, null, rightWidth);
                    }
                }
            }

            @Override
            public void close() {
                probe.close();
            }
        };
    }

    @Override
    public int width() {
        return left.width() + right.width();
    }

    @Override
    public String label() {
        return "Hash" + (kind == JoinKind.INNER ? " Join" : kind.explainSuffix());
    }

    @Override
    public List<String> details() {
        List<String> conditions = new ArrayList<>();
        for (int index = 0; index < leftKeys.size(); index++) {
            conditions.add(leftKeys.get(index).describe() + " = " + rightKeys.get(index).describe());
        }
        List<String> details = new ArrayList<>();
        details.add("Hash Cond: (" + String.join(" AND ", conditions) + ")");
        if (residual != null) {
            details.add("Join Filter: " + residual.describe());
        }
        return details;
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(left, right);
    }

    @Override
    public long estimatedRows() {
        return Math.max(left.estimatedRows(), right.estimatedRows());
    }
}
