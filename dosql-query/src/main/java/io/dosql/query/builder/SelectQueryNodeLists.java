package io.dosql.query.builder;

import java.util.List;

/** Appends to the immutable lists of nodes. */
final class SelectQueryNodeLists {
    private SelectQueryNodeLists() {
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> plus(List<T> list, List<? extends T> more) {
        if (list.isEmpty()) {
            // an immutable list is kept as it is
            return List.copyOf(more);
        }
        Object[] all = new Object[list.size() + more.size()];
        int i = 0;
        for (T element : list) {
            all[i++] = element;
        }
        for (T element : more) {
            all[i++] = element;
        }
        return (List<T>) List.of(all);
    }
}
