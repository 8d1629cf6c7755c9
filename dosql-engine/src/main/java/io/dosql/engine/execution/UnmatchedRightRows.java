package io.dosql.engine.execution;

import java.util.List;

/**
 * The tail of a RIGHT or FULL join: once the left side is exhausted, the right rows no left row
 * matched, each padded with nulls for the left columns. Shared by the hash and nested-loop joins,
 * which both keep the right side in a list with a parallel matched-flag array.
 */
final class UnmatchedRightRows {
    private final List<Object[]> rightRows;
    private final boolean[] matched;
    private final int leftWidth;
    private final int rightWidth;
    private int position;

    UnmatchedRightRows(List<Object[]> rightRows, boolean[] matched, int leftWidth, int rightWidth) {
        this.rightRows = rightRows;
        this.matched = matched;
        this.leftWidth = leftWidth;
        this.rightWidth = rightWidth;
    }

    /** The next unmatched right row, null-padded on the left; null when there are no more. */
    Object[] next() {
        while (position < rightRows.size()) {
            int index = position++;
            if (!matched[index]) {
                return JoinKind.combine(null, leftWidth, rightRows.get(index), rightWidth);
            }
        }
        return null;
    }
}
