package io.dosql.engine.catalog;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Finds nodes of one kind in stored syntax (a view's query, a column's default): the parser's AST is records
 * and lists of records all the way down, so a walk over record components reaches every node.
 */
final class SyntaxWalk {
    private SyntaxWalk() {
    }

    static <T> void collect(Object node, Class<T> kind, List<T> into) {
        if (kind.isInstance(node)) {
            into.add(kind.cast(node));
        }
        if (node instanceof List<?> list) {
            for (Object element : list) {
                collect(element, kind, into);
            }
        } else if (node instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), kind, into);
                } catch (ReflectiveOperationException unreachable) {
                    throw new IllegalStateException("cannot read " + component, unreachable);
                }
            }
        }
    }
}
