package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * Nested Loop over a LATERAL item: for each left row the right plan runs again with the left row pushed
 * as its outer row (its references to FROM items on the left are outer-column references one level
 * out). The right rows of one left row are collected before the outer row is popped, so operators above
 * never see the pushed row. INNER and LEFT joins (PostgreSQL allows no other kind over a LATERAL reference).
 */
public final class LateralJoinOperator extends PhysicalOperator {
    private final JoinKind kind;
    private final PhysicalOperator left;
    private final PhysicalOperator right;
    private final BoundExpression condition;

    public LateralJoinOperator(JoinKind kind, PhysicalOperator left, PhysicalOperator right, BoundExpression condition) {
        if (kind != JoinKind.INNER && kind != JoinKind.LEFT) {
            throw new IllegalArgumentException("LATERAL join kind " + kind);
        }
        this.kind = kind;
        this.left = left;
        this.right = right;
        this.condition = condition;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        RowIterator leftRows = left.open(context);
        int leftWidth = left.width();
        int rightWidth = right.width();
        return new RowIterator() {
            private final List<Object[]> pending = new ArrayList<>();
            private int position;

            @Override
            public Object[] next() {
                while (position >= pending.size()) {
                    Object[] current = leftRows.next();
                    if (current == null) {
                        return null;
                    }
                    pending.clear();
                    position = 0;
                    for (Object[] rightRow : rightRowsFor(current)) {
                        Object[] combined = JoinKind.combine(current, leftWidth, rightRow, rightWidth);
                        if (condition == null || condition.test(combined, context)) {
                            pending.add(combined);
                        }
                    }
                    if (pending.isEmpty() && kind == JoinKind.LEFT) {
                        pending.add(JoinKind.combine(current, leftWidth, null, rightWidth));
                    }
                }
                return pending.get(position++);
            }

            private List<Object[]> rightRowsFor(Object[] leftRow) {
                List<Object[]> rows = new ArrayList<>();
                context.pushOuterRow(leftRow);
                try {
                    RowIterator iterator = right.open(context);
                    try {
                        for (Object[] row; (row = iterator.next()) != null; ) {
                            context.tick();
                            rows.add(row);
                        }
                    } finally {
                        iterator.close();
                    }
                } finally {
                    context.popOuterRow();
                }
                return rows;
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
        return left.estimatedRows() * Math.max(1, right.estimatedRows());
    }
}
