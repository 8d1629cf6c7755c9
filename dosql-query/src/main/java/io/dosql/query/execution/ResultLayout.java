package io.dosql.query.execution;

import java.util.Arrays;

/**
 * The column labels one SQL text returns (as the driver reports them, and after plugins' renaming), with
 * the last record type's column choice memoised, so that repeated runs skip the result metadata.
 */
final class ResultLayout {
    private final String[] labels;
    private final String[] renamedLabels;
    // one-entry memo: a statement is nearly always mapped to one record type
    private volatile RecordColumns lastColumns;

    private record RecordColumns(RecordMapper<?> mapper, int[] columns) {
    }

    ResultLayout(String[] labels, String[] renamedLabels) {
        this.labels = labels;
        this.renamedLabels = renamedLabels;
    }

    /** The labels as the driver reports them; callers must not modify the array. */
    String[] labels() {
        return labels;
    }

    /** For each component of {@code mapper}'s record, the 0-based column it reads, or -1. */
    int[] columnsFor(RecordMapper<?> mapper) {
        RecordColumns memo = lastColumns;
        if (memo == null || memo.mapper() != mapper) {
            memo = new RecordColumns(mapper, mapper.columnsFor(renamedLabels));
            lastColumns = memo;
        }
        return memo.columns();
    }

    @Override
    public String toString() {
        return "ResultLayout" + Arrays.toString(labels);
    }
}
