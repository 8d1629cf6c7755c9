package io.dosql.engine.storage;

import io.dosql.engine.value.Values;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of index key tuples: column by column with {@link Values#compare}, nulls first. Search keys
 * may end with a sentinel ({@link #LOWEST}, {@link #HIGHEST}) that sorts below / above every value in that
 * position, so a prefix search covers exactly the entries starting with the prefix. When one tuple is a
 * prefix of the other without a sentinel, they compare equal.
 */
public final class KeyOrder {
    /** Sentinels padding a search key (never stored). */
    public static final Object LOWEST = new Object();
    public static final Object HIGHEST = new Object();

    public static final Comparator<Object[]> TUPLES = (left, right) -> {
        int length = Math.min(left.length, right.length);
        for (int index = 0; index < length; index++) {
            Object a = left[index];
            Object b = right[index];
            if (a == b) {
                continue;
            }
            if (a == LOWEST || b == HIGHEST) {
                return -1;
            }
            if (a == HIGHEST || b == LOWEST) {
                return 1;
            }
            if (a == null) {
                return -1;
            }
            if (b == null) {
                return 1;
            }
            int result = Values.compare(a, b);
            if (result != 0) {
                return result;
            }
        }
        if (left.length > length) {
            return left[length] == LOWEST ? -1 : left[length] == HIGHEST ? 1 : 0;
        }
        if (right.length > length) {
            return right[length] == LOWEST ? 1 : right[length] == HIGHEST ? -1 : 0;
        }
        return 0;
    };

    private KeyOrder() {
    }

    /** {@code key} with {@code sentinel} appended. */
    public static Object[] padded(Object[] key, Object sentinel) {
        Object[] result = Arrays.copyOf(key, key.length + 1);
        result[key.length] = sentinel;
        return result;
    }
}
