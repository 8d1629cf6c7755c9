package io.dosql.engine.execution;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.expression.BoundExpression;
import java.math.BigDecimal;
import java.util.List;

/** Function Scan on generate_series(start, stop [, step]) over integers, bigints or numerics. */
public final class GenerateSeriesOperator extends PhysicalOperator {
    private final List<BoundExpression> arguments;
    private final SqlType type;

    public GenerateSeriesOperator(List<BoundExpression> arguments, SqlType type) {
        this.arguments = List.copyOf(arguments);
        this.type = type;
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        return series(arguments, null, type, context);
    }

    /**
     * The series of {@code arguments} (start, stop [, step]) evaluated over {@code row} (null in FROM),
     * as one-column rows; empty when an argument is NULL.
     */
    static RowIterator series(List<BoundExpression> arguments, Object[] row, SqlType type, ExecutionContext context) {
        Object start = arguments.get(0).evaluate(row, context);
        Object stop = arguments.get(1).evaluate(row, context);
        Object step = arguments.size() > 2 ? arguments.get(2).evaluate(row, context) : null;
        if (start == null || stop == null || arguments.size() > 2 && step == null) {
            return () -> null;
        }
        BigDecimal first = new BigDecimal(start.toString());
        BigDecimal last = new BigDecimal(stop.toString());
        BigDecimal increment = step == null ? BigDecimal.ONE : new BigDecimal(step.toString());
        if (increment.signum() == 0) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("step size cannot equal zero");
        }
        return new RowIterator() {
            private BigDecimal current = first;

            @Override
            public Object[] next() {
                context.tick();
                if (increment.signum() > 0 ? current.compareTo(last) > 0 : current.compareTo(last) < 0) {
                    return null;
                }
                BigDecimal value = current;
                current = current.add(increment);
                Object converted = switch (type.kind()) {
                    case INTEGER -> value.intValueExact();
                    case BIGINT -> value.longValueExact();
                    default -> type.kind() == TypeKind.NUMERIC ? value : value.doubleValue();
                };
                return new Object[] {converted};
            }
        };
    }

    @Override
    public int width() {
        return 1;
    }

    @Override
    public String label() {
        return "Function Scan on generate_series";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of();
    }

    @Override
    public long estimatedRows() {
        return 1000;
    }
}
