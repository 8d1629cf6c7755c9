package io.dosql.engine.execution.window;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.WindowCall;
import java.math.BigDecimal;
import java.util.List;

/**
 * count and integer sum over any frame in O(partition) through prefix sums, so sliding ROWS, RANGE
 * and GROUPS frames stay linear; other aggregates go through their accumulators.
 */
public final class SlidingSums {
    private SlidingSums() {
    }

    /** True for count(*), count(x) and sum over smallint/integer/bigint (exact, order-independent). */
    public static boolean applies(WindowCall call, FrameCalculator frames) {
        if (call.aggregate() == null || frames.excludes()) {
            return false;
        }
        String name = call.aggregate().name();
        List<SqlType> parameters = call.aggregate().parameterTypes();
        if (name.equals("count")) {
            return parameters.size() <= 1;
        }
        return name.equals("sum") && parameters.size() == 1 && parameters.get(0).kind().isInteger();
    }

    /** Writes each row's frame result into {@code row[target]}. */
    public static void compute(WindowCall call, List<Object[]> rows, FrameCalculator frames, int target,
                               ExecutionContext context) {
        int size = rows.size();
        boolean isCount = call.aggregate().name().equals("count");
        boolean wide = !isCount && call.aggregate().parameterTypes().get(0).kind() == TypeKind.BIGINT;
        long[] counts = new long[size + 1];
        long[] sums = isCount || wide ? null : new long[size + 1];
        BigDecimal[] wideSums = wide ? new BigDecimal[size + 1] : null;
        if (wide) {
            wideSums[0] = BigDecimal.ZERO;
        }
        for (int index = 0; index < size; index++) {
            Object[] row = rows.get(index);
            boolean passes = call.filter() == null || call.filter().test(row, context);
            Object value = passes && !call.arguments().isEmpty() ? call.arguments().get(0).evaluate(row, context) : null;
            boolean counted = passes && (call.arguments().isEmpty() || value != null);
            counts[index + 1] = counts[index] + (counted ? 1 : 0);
            if (sums != null) {
                sums[index + 1] = sums[index] + (counted ? ((Number) value).longValue() : 0);
            } else if (wideSums != null) {
                wideSums[index + 1] = counted ? wideSums[index].add(BigDecimal.valueOf(((Number) value).longValue()))
                        : wideSums[index];
            }
        }
        for (int index = 0; index < size; index++) {
            int[] frame = frames.frame(index);
            long count = counts[frame[1]] - counts[frame[0]];
            Object result;
            if (isCount) {
                result = count;
            } else if (count == 0) {
                result = null;
            } else if (sums != null) {
                result = sums[frame[1]] - sums[frame[0]];
            } else {
                result = wideSums[frame[1]].subtract(wideSums[frame[0]]);
            }
            rows.get(index)[target] = result;
        }
    }
}
