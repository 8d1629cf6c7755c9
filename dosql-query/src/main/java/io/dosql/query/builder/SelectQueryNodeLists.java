package io.dosql.query.builder;

import java.util.ArrayList;
import java.util.List;

/** Appends to the immutable lists of nodes. */
final class SelectQueryNodeLists {
    private SelectQueryNodeLists() {
    }

    static <T> List<T> plus(List<T> list, List<? extends T> more) {
        List<T> all = new ArrayList<>(list.size() + more.size());
        all.addAll(list);
        all.addAll(more);
        return all;
    }
}
