package io.dosql.engine.execution.window;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.WindowCall;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.Values;
import io.dosql.parser.ast.FrameBound;
import io.dosql.parser.ast.WindowFrame;
import java.util.List;

/**
 * The frame of every row of one sorted partition, as PostgreSQL computes it for ROWS, RANGE (with or
 * without offsets) and GROUPS, plus the EXCLUDE option as up to three ascending position segments.
 */
public final class FrameCalculator {
    private final WindowFrame frame;
    private final int size;
    private final boolean ordered;
    private final int[] peerStart;
    private final int[] peerEnd;
    private final Object[] orderKeys;
    private final boolean ascending;
    private final Object startOffset;
    private final Object endOffset;
    private final int[] groupOf;
    private final int[] groupStarts;
    private int nonNullStart;
    private int nonNullEnd;

    /**
     * {@code orderKeys} holds the first ORDER BY value of each row (used by RANGE with offsets);
     * offsets are evaluated once, against the partition's first row, since they cannot refer to columns.
     */
    public FrameCalculator(WindowCall call, List<Object[]> rows, Object[] orderKeys, int[] peerStart, int[] peerEnd,
                           ExecutionContext context) {
        this.frame = call.frame();
        this.size = rows.size();
        this.ordered = !call.orderBy().isEmpty();
        this.peerStart = peerStart;
        this.peerEnd = peerEnd;
        this.orderKeys = orderKeys;
        this.ascending = ordered && call.orderBy().get(0).ascending();
        Object[] first = size == 0 ? null : rows.get(0);
        this.startOffset = frame == null ? null : offset(frame, frame.start(), call.startOffset(), first, true, context);
        this.endOffset = frame == null ? null : offset(frame, frame.end(), call.endOffset(), first, false, context);
        int groups = 0;
        groupOf = new int[size];
        int[] starts = new int[size + 1];
        for (int index = 0; index < size; index++) {
            if (peerStart[index] == index) {
                starts[groups++] = index;
            }
            groupOf[index] = groups - 1;
        }
        starts[groups] = size;
        groupStarts = java.util.Arrays.copyOf(starts, groups + 1);
        nonNullStart = 0;
        nonNullEnd = size;
        if (orderKeys != null) {
            while (nonNullStart < size && orderKeys[nonNullStart] == null) {
                nonNullStart++;
            }
            while (nonNullEnd > nonNullStart && orderKeys[nonNullEnd - 1] == null) {
                nonNullEnd--;
            }
        }
    }

    private static Object offset(WindowFrame frame, FrameBound bound, BoundExpression expression, Object[] row,
                                 boolean start, ExecutionContext context) {
        if (expression == null || row == null) {
            return null;
        }
        Object value = expression.evaluate(row, context);
        String which = start ? "starting" : "ending";
        if (value == null) {
            throw ErrorCode.NULL_VALUE_NOT_ALLOWED.exception("frame " + which + " offset must not be null");
        }
        if (frame.mode() == WindowFrame.Mode.RANGE) {
            if (RangeArithmetic.isNegative(value)) {
                // PostgreSQL: 22013 invalid_preceding_or_following_size (no such ErrorCode yet).
                throw ErrorCode.INVALID_PRECEDING_OR_FOLLOWING_SIZE.exception("invalid preceding or following size in window function");
            }
        } else if (((Number) value).longValue() < 0) {
            throw ErrorCode.INVALID_PRECEDING_OR_FOLLOWING_SIZE.exception("frame " + which + " offset must not be negative");
        }
        return value;
    }

    /** True when the frame clause excludes rows (EXCLUDE other than NO OTHERS). */
    public boolean excludes() {
        return frame != null && frame.exclusion() != WindowFrame.Exclusion.NO_OTHERS;
    }

    /** The frame of row {@code index} as [start, end) positions, before exclusion. */
    public int[] frame(int index) {
        if (frame == null) {
            return ordered ? new int[] {0, peerEnd[index]} : new int[] {0, size};
        }
        int start = bound(frame.start(), startOffset, index, true);
        int end = bound(frame.end(), endOffset, index, false);
        start = Math.max(0, Math.min(size, start));
        end = Math.max(start, Math.min(size, end));
        return new int[] {start, end};
    }

    /** The frame of row {@code index} after exclusion: ascending, disjoint [start, end) pairs, flattened. */
    public int[] segments(int index) {
        int[] range = frame(index);
        int start = range[0];
        int end = range[1];
        if (!excludes()) {
            return range;
        }
        int groupStart = ordered ? peerStart[index] : 0;
        int groupEnd = ordered ? peerEnd[index] : size;
        return switch (frame.exclusion()) {
            case CURRENT_ROW -> new int[] {start, Math.min(end, index), Math.max(start, index + 1), end};
            case GROUP -> new int[] {start, Math.min(end, groupStart), Math.max(start, groupEnd), end};
            case TIES -> new int[] {start, Math.min(end, groupStart), Math.max(start, index),
                    Math.min(end, index + 1), Math.max(start, groupEnd), end};
            default -> range;
        };
    }

    private int bound(FrameBound bound, Object offset, int index, boolean isStart) {
        switch (bound.kind()) {
            case UNBOUNDED_PRECEDING:
                return 0;
            case UNBOUNDED_FOLLOWING:
                return size;
            case CURRENT_ROW:
                if (frame.mode() == WindowFrame.Mode.ROWS) {
                    return isStart ? index : index + 1;
                }
                return isStart ? peerStart[index] : peerEnd[index];
            default:
                boolean preceding = bound.kind() == FrameBound.Kind.PRECEDING;
                return switch (frame.mode()) {
                    case ROWS -> rowsBound(((Number) offset).longValue(), preceding, index, isStart);
                    case GROUPS -> groupsBound(((Number) offset).longValue(), preceding, index, isStart);
                    case RANGE -> rangeBound(offset, preceding, index, isStart);
                };
        }
    }

    private int rowsBound(long offset, boolean preceding, int index, boolean isStart) {
        long position = preceding ? index - offset : index + offset;
        position = isStart ? position : position + 1;
        return (int) Math.max(0, Math.min(size, position));
    }

    private int groupsBound(long offset, boolean preceding, int index, boolean isStart) {
        int groupCount = groupStarts.length - 1;
        long group = preceding ? groupOf[index] - offset : groupOf[index] + offset;
        if (isStart) {
            return group < 0 ? 0 : group >= groupCount ? size : groupStarts[(int) group];
        }
        return group < 0 ? 0 : group >= groupCount ? size : groupStarts[(int) group + 1];
    }

    /**
     * RANGE offsets: the bound value is key ∓ offset (the direction flips under DESC); a null current
     * key makes the bound behave like CURRENT ROW, and non-null rows never reach null ones.
     */
    private int rangeBound(Object offset, boolean preceding, int index, boolean isStart) {
        Object key = orderKeys[index];
        if (key == null) {
            return isStart ? peerStart[index] : peerEnd[index];
        }
        boolean subtract = preceding == ascending;
        Object target = RangeArithmetic.shift(key, offset, subtract);
        // start: first row not before target in sort order; end: first row after target.
        int low = nonNullStart;
        int high = nonNullEnd;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int comparison = Values.compare(orderKeys[middle], target);
            if (!ascending) {
                comparison = -comparison;
            }
            boolean beyond = isStart ? comparison >= 0 : comparison > 0;
            if (beyond) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Rejects frames PostgreSQL rejects when parsing a window clause (42P20). */
    public static void validate(WindowFrame frame, int orderColumns) {
        if (frame == null) {
            return;
        }
        if (frame.start().kind() == FrameBound.Kind.UNBOUNDED_FOLLOWING) {
            throw windowing("frame start cannot be UNBOUNDED FOLLOWING");
        }
        if (frame.end().kind() == FrameBound.Kind.UNBOUNDED_PRECEDING) {
            throw windowing("frame end cannot be UNBOUNDED PRECEDING");
        }
        if (frame.start().kind() == FrameBound.Kind.CURRENT_ROW && frame.end().kind() == FrameBound.Kind.PRECEDING) {
            throw windowing("frame starting from current row cannot have preceding rows");
        }
        if (frame.start().kind() == FrameBound.Kind.FOLLOWING && (frame.end().kind() == FrameBound.Kind.PRECEDING
                || frame.end().kind() == FrameBound.Kind.CURRENT_ROW)) {
            throw windowing("frame starting from following row cannot have preceding rows");
        }
        if (frame.mode() == WindowFrame.Mode.GROUPS && orderColumns == 0) {
            throw windowing("GROUPS mode requires an ORDER BY clause");
        }
        boolean offsets = frame.start().offset() != null || frame.end().offset() != null;
        if (frame.mode() == WindowFrame.Mode.RANGE && offsets && orderColumns != 1) {
            throw windowing("RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column");
        }
    }

    private static DoSqlException windowing(String message) {
        return ErrorCode.WINDOWING_ERROR.exception(message);
    }
}
