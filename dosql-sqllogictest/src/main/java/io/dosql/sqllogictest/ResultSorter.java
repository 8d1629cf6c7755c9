package io.dosql.sqllogictest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a query's sort mode to its formatted values, as the reference's {@code qsort} with {@code rowCompare}.
 *
 * <p>Rows compare column by column with {@code strcmp}; formatted values are ASCII, so Java's
 * {@link String#compareTo} gives the same order.
 */
public final class ResultSorter {

    private static final Comparator<String[]> ROW_ORDER = (left, right) -> {
        for (int i = 0; i < left.length; i++) {
            int order = left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    private ResultSorter() {
    }

    /** Returns the values (row-major, {@code columns} per row) ordered by {@code mode}. */
    public static List<String> sort(List<String> values, int columns, SortMode mode) {
        switch (mode) {
            case NOSORT:
                return values;
            case VALUESORT: {
                List<String> sorted = new ArrayList<>(values);
                Collections.sort(sorted);
                return sorted;
            }
            case ROWSORT: {
                int rowCount = values.size() / columns;
                List<String[]> rows = new ArrayList<>(rowCount);
                for (int row = 0; row < rowCount; row++) {
                    rows.add(values.subList(row * columns, (row + 1) * columns).toArray(new String[0]));
                }
                rows.sort(ROW_ORDER);
                List<String> sorted = new ArrayList<>(values.size());
                for (String[] row : rows) {
                    sorted.addAll(Arrays.asList(row));
                }
                return sorted;
            }
            default:
                throw new IllegalStateException("unhandled sort mode " + mode);
        }
    }
}
