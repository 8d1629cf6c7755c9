package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested Loop: joins every left row with the materialised right rows under any condition; handles
 * INNER, LEFT, RIGHT and FULL joins (unmatched rows padded with NULLs).
 */
public final class NestedLoopJoinOperator extends PhysicalOperator {
    private final JoinKind kind;
    private final PhysicalOperator left;
    private final PhysicalOperator right;
    private final BoundExpression condition;

    public NestedLoopJoinOperator(JoinKind kind, PhysicalOperator left, PhysicalOperator right, BoundExpression condition) {
        this.kind = kind;
        this.left = left;
        this.right = right;
        this.condition = condition;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        List<Object[]> rightRows = new ArrayList<>();
        RowIterator rightIterator = right.open(context);
        for (Object[] row; (row = rightIterator.next()) != null; ) {
            context.tick();
            rightRows.add(row);
        }
        rightIterator.close();
        RowIterator leftRows = left.open(context);
        int leftWidth = left.width();
        int rightWidth = right.width();
        boolean[] rightMatched = new boolean[rightRows.size()];
        return new RowIterator() {
            private Object[] current;
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
                        current = leftRows.next();
                        if (current == null) {
                            if (kind == JoinKind.RIGHT || kind == JoinKind.FULL) {
                                unmatched = new UnmatchedRightRows(rightRows, rightMatched, leftWidth, rightWidth);
                                continue;
                            }
                            return null;
                        }
                        position = 0;
                        currentMatched = false;
                        context.checkCanceled();
                    }
                    while (position < rightRows.size()) {
                        context.tick();
                        int index = position++;
                        Object[] combined = JoinKind.combine(current, leftWidth, rightRows.get(index), rightWidth);
                        if (condition == null || condition.test(combined, context)) {
                            currentMatched = true;
                            rightMatched[index] = true;
                            return combined;
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
                leftRows.close();
            }
        };
    }

    @Override
    public int width() {
        return left.width() + right.width();
    }

    @Override
    public String label() {
        return "Nested Loop" + kind.explainSuffix();
    }

    @Override
    public List<String> details() {
        return condition == null ? List.of() : List.of("Join Filter: " + condition.describe());
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(left, right);
    }

    @Override
    public long estimatedRows() {
        return condition == null ? left.estimatedRows() * right.estimatedRows()
                : Math.max(left.estimatedRows(), right.estimatedRows());
    }
}
