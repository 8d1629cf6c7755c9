package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.Values;
import java.util.Comparator;
import java.util.List;

/** One ORDER BY key: an expression over the row, its direction and where NULLs go. */
public record SortKey(BoundExpression expression, boolean ascending, boolean nullsFirst) {
    public String describe() {
        String text = expression.describe() + (ascending ? "" : " DESC");
        if (nullsFirst == ascending) {
            text += nullsFirst ? " NULLS FIRST" : " NULLS LAST";
        }
        return text;
    }

    /** Compares precomputed key tuples with {@code keys}' directions. */
    public static Comparator<Object[]> comparator(List<SortKey> keys) {
        int count = keys.size();
        boolean[] ascending = new boolean[count];
        boolean[] nullsFirst = new boolean[count];
        for (int index = 0; index < count; index++) {
            ascending[index] = keys.get(index).ascending();
            nullsFirst[index] = keys.get(index).nullsFirst();
        }
        return (left, right) -> {
            for (int index = 0; index < count; index++) {
                Object a = left[index];
                Object b = right[index];
                int result;
                if (a == null || b == null) {
                    if (a == b) {
                        continue;
                    }
                    result = (a == null) == nullsFirst[index] ? -1 : 1;
                    return result;
                }
                result = Values.compare(a, b);
                if (result != 0) {
                    return ascending[index] ? result : -result;
                }
            }
            return 0;
        };
    }
}
