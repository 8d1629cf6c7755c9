package io.dosql.engine.execution;

import io.dosql.core.ErrorCode;
import io.dosql.engine.expression.BoundExpression;
import java.util.List;

/** Limit: skips OFFSET rows, then returns at most LIMIT rows (either may be absent or NULL). */
public final class LimitOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final BoundExpression limit;
    private final BoundExpression offset;

    public LimitOperator(PhysicalOperator input, BoundExpression limit, BoundExpression offset) {
        this.input = input;
        this.limit = limit;
        this.offset = offset;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        Object limitValue = limit == null ? null : limit.evaluate(null, context);
        Object offsetValue = offset == null ? null : offset.evaluate(null, context);
        long maximum = limitValue == null ? Long.MAX_VALUE : ((Number) limitValue).longValue();
        long skip = offsetValue == null ? 0 : ((Number) offsetValue).longValue();
        if (maximum < 0) {
            throw ErrorCode.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE.exception();
        }
        if (skip < 0) {
            throw ErrorCode.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE.exception();
        }
        RowIterator rows = input.open(context);
        return new RowIterator() {
            private long skipped;
            private long returned;

            @Override
            public Object[] next() {
                if (returned >= maximum) {
                    return null;
                }
                Object[] row;
                while (skipped < skip) {
                    if (rows.next() == null) {
                        return null;
                    }
                    skipped++;
                }
                row = rows.next();
                if (row != null) {
                    returned++;
                }
                return row;
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
        return "Limit";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
