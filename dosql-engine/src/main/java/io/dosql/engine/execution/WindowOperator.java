package io.dosql.engine.execution;

import io.dosql.core.ErrorCode;
import io.dosql.engine.execution.window.FrameCalculator;
import io.dosql.engine.execution.window.SlidingSums;
import io.dosql.engine.function.Accumulator;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * WindowAgg: materialises its input, and for each window call sorts the rows by partition and order
 * keys and computes the function per row; the results are appended to the input row in call order.
 */
public final class WindowOperator extends PhysicalOperator {
    private final PhysicalOperator input;
    private final List<WindowCall> calls;

    public WindowOperator(PhysicalOperator input, List<WindowCall> calls) {
        this.input = input;
        this.calls = List.copyOf(calls);
    }

    @Override
    protected RowIterator openIterator(ExecutionContext context) {
        List<Object[]> rows = new ArrayList<>();
        RowIterator iterator = input.open(context);
        int inputWidth = input.width();
        for (Object[] row; (row = iterator.next()) != null; ) {
            context.tick();
            rows.add(Arrays.copyOf(row, inputWidth + calls.size()));
        }
        iterator.close();
        for (int call = 0; call < calls.size(); call++) {
            compute(calls.get(call), rows, inputWidth + call, context);
        }
        java.util.Iterator<Object[]> output = rows.iterator();
        return () -> output.hasNext() ? output.next() : null;
    }

    private static void compute(WindowCall call, List<Object[]> rows, int target, ExecutionContext context) {
        int count = rows.size();
        int partitionWidth = call.partitionBy().size();
        int orderWidth = call.orderBy().size();
        // keys[i] = {partition keys..., order keys..., original index}
        Object[][] keys = new Object[count][];
        for (int index = 0; index < count; index++) {
            Object[] row = rows.get(index);
            Object[] key = new Object[partitionWidth + orderWidth + 1];
            for (int column = 0; column < partitionWidth; column++) {
                key[column] = call.partitionBy().get(column).evaluate(row, context);
            }
            for (int column = 0; column < orderWidth; column++) {
                key[partitionWidth + column] = call.orderBy().get(column).expression().evaluate(row, context);
            }
            key[partitionWidth + orderWidth] = index;
            keys[index] = key;
        }
        List<SortKey> sortKeys = new ArrayList<>();
        for (int column = 0; column < partitionWidth; column++) {
            sortKeys.add(new SortKey(call.partitionBy().get(column), true, false));
        }
        sortKeys.addAll(call.orderBy());
        Comparator<Object[]> order = SortKey.comparator(sortKeys);
        Arrays.sort(keys, order.thenComparingInt(key -> (Integer) key[key.length - 1]));
        int start = 0;
        while (start < count) {
            int end = start + 1;
            while (end < count && samePrefix(keys[start], keys[end], 0, partitionWidth)) {
                end++;
            }
            Object[][] partition = Arrays.copyOfRange(keys, start, end);
            List<Object[]> partitionRows = new ArrayList<>(partition.length);
            for (Object[] key : partition) {
                partitionRows.add(rows.get((Integer) key[key.length - 1]));
            }
            computePartition(call, partition, partitionRows, partitionWidth, orderWidth, target, context);
            start = end;
        }
    }

    private static boolean samePrefix(Object[] a, Object[] b, int from, int to) {
        for (int index = from; index < to; index++) {
            Object left = a[index];
            Object right = b[index];
            if (left == null || right == null) {
                if (left != right) {
                    return false;
                }
            } else if (!Values.equal(left, right)) {
                return false;
            }
        }
        return true;
    }

    private static void computePartition(WindowCall call, Object[][] keys, List<Object[]> rows, int partitionWidth,
                                         int orderWidth, int target, ExecutionContext context) {
        int size = rows.size();
        int orderEnd = partitionWidth + orderWidth;
        // peerEnd[i]: one past the last peer of row i; peerStart[i]: first peer.
        int[] peerStart = new int[size];
        int[] peerEnd = new int[size];
        for (int index = 0; index < size; ) {
            int next = index + 1;
            while (next < size && samePrefix(keys[index], keys[next], partitionWidth, orderEnd)) {
                next++;
            }
            for (int peer = index; peer < next; peer++) {
                peerStart[peer] = index;
                peerEnd[peer] = next;
            }
            index = next;
        }
        Object[] orderKeys = null;
        if (orderWidth > 0) {
            orderKeys = new Object[size];
            for (int index = 0; index < size; index++) {
                orderKeys[index] = keys[index][partitionWidth];
            }
        }
        FrameCalculator frames = new FrameCalculator(call, rows, orderKeys, peerStart, peerEnd, context);
        String name = call.name();
        if (call.aggregate() == null) {
            int rank = 0;
            int denseRank = 0;
            for (int index = 0; index < size; index++) {
                Object[] row = rows.get(index);
                if (peerStart[index] == index) {
                    rank = index + 1;
                    denseRank++;
                }
                Object value;
                switch (name) {
                    case "row_number" -> value = (long) (index + 1);
                    case "rank" -> value = (long) rank;
                    case "dense_rank" -> value = (long) denseRank;
                    case "percent_rank" -> value = size <= 1 ? 0.0 : (double) (rank - 1) / (size - 1);
                    case "cume_dist" -> value = (double) peerEnd[index] / size;
                    case "ntile" -> {
                        Object buckets = call.arguments().get(0).evaluate(row, context);
                        if (buckets == null) {
                            value = null;
                        } else {
                            int n = ((Number) buckets).intValue();
                            if (n <= 0) {
                                throw ErrorCode.INVALID_ARGUMENT_FOR_NTILE.exception();
                            }
                            int base = size / n;
                            int remainder = size % n;
                            int bucket;
                            int largeRows = remainder * (base + 1);
                            bucket = index < largeRows ? index / (base + 1) : remainder + (index - largeRows) / Math.max(1, base);
                            value = bucket + 1;
                        }
                    }
                    case "lag", "lead" -> {
                        int offset = 1;
                        if (call.arguments().size() > 1) {
                            Object offsetValue = call.arguments().get(1).evaluate(row, context);
                            offset = offsetValue == null ? 0 : ((Number) offsetValue).intValue();
                        }
                        int position = name.equals("lag") ? index - offset : index + offset;
                        if (position >= 0 && position < size) {
                            value = call.arguments().get(0).evaluate(rows.get(position), context);
                        } else {
                            value = call.arguments().size() > 2 ? call.arguments().get(2).evaluate(row, context) : null;
                        }
                    }
                    case "first_value", "last_value", "nth_value" -> {
                        int[] segments = frames.segments(index);
                        int position = -1;
                        if (name.equals("first_value")) {
                            position = firstPosition(segments);
                        } else if (name.equals("last_value")) {
                            position = lastPosition(segments);
                        } else {
                            Object nth = call.arguments().get(1).evaluate(row, context);
                            if (nth != null) {
                                long wanted = ((Number) nth).longValue();
                                if (wanted <= 0) {
                                    throw ErrorCode.INVALID_ARGUMENT_FOR_NTH_VALUE.exception();
                                }
                                position = nthPosition(segments, wanted);
                            }
                        }
                        value = position >= 0 ? call.arguments().get(0).evaluate(rows.get(position), context) : null;
                    }
                    default -> throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("window function " + name);
                }
                row[target] = value;
            }
            return;
        }
        // Aggregates over frames: incremental while the frame start stays put and its end only grows;
        // a row whose frame equals the previous row's reuses that result (RANGE/GROUPS peers).
        if (SlidingSums.applies(call, frames)) {
            SlidingSums.compute(call, rows, frames, target, context);
            return;
        }
        Accumulator running = null;
        int runningStart = -1;
        int runningEnd = 0;
        int[] previous = null;
        Object previousValue = null;
        boolean excludes = frames.excludes();
        for (int index = 0; index < size; index++) {
            Object[] row = rows.get(index);
            if (excludes) {
                int[] segments = frames.segments(index);
                if (previous != null && Arrays.equals(previous, segments)) {
                    row[target] = previousValue;
                    continue;
                }
                Accumulator accumulator = call.aggregate().newAccumulator();
                for (int segment = 0; segment < segments.length; segment += 2) {
                    for (int position = segments[segment]; position < segments[segment + 1]; position++) {
                        add(call, accumulator, rows.get(position), context);
                    }
                }
                previous = segments;
                previousValue = accumulator.result();
                row[target] = previousValue;
                continue;
            }
            int[] frame = frames.frame(index);
            if (previous != null && Arrays.equals(previous, frame)) {
                row[target] = previousValue;
                continue;
            }
            if (running != null && frame[0] == runningStart && frame[1] >= runningEnd) {
                for (int position = runningEnd; position < frame[1]; position++) {
                    add(call, running, rows.get(position), context);
                }
                runningEnd = frame[1];
            } else {
                running = call.aggregate().newAccumulator();
                runningStart = frame[0];
                for (int position = frame[0]; position < frame[1]; position++) {
                    add(call, running, rows.get(position), context);
                }
                runningEnd = frame[1];
            }
            previous = frame;
            previousValue = running.result();
            row[target] = previousValue;
        }
    }

    private static int firstPosition(int[] segments) {
        for (int segment = 0; segment < segments.length; segment += 2) {
            if (segments[segment] < segments[segment + 1]) {
                return segments[segment];
            }
        }
        return -1;
    }

    private static int lastPosition(int[] segments) {
        for (int segment = segments.length - 2; segment >= 0; segment -= 2) {
            if (segments[segment] < segments[segment + 1]) {
                return segments[segment + 1] - 1;
            }
        }
        return -1;
    }

    private static int nthPosition(int[] segments, long wanted) {
        long remaining = wanted;
        for (int segment = 0; segment < segments.length; segment += 2) {
            int length = Math.max(0, segments[segment + 1] - segments[segment]);
            if (remaining <= length) {
                return segments[segment] + (int) remaining - 1;
            }
            remaining -= length;
        }
        return -1;
    }

    private static void add(WindowCall call, Accumulator accumulator, Object[] row, ExecutionContext context) {
        if (call.filter() != null && !call.filter().test(row, context)) {
            return;
        }
        Object[] arguments = new Object[call.arguments().size()];
        for (int index = 0; index < arguments.length; index++) {
            arguments[index] = call.arguments().get(index).evaluate(row, context);
        }
        accumulator.add(arguments);
    }

    @Override
    public int width() {
        return input.width() + calls.size();
    }

    @Override
    public String label() {
        return "WindowAgg";
    }

    @Override
    public List<PhysicalOperator> children() {
        return List.of(input);
    }
}
