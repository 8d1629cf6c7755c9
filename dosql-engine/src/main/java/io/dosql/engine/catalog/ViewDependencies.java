package io.dosql.engine.catalog;

import io.dosql.parser.ast.NamedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which views read a table or view: a view's query is kept as syntax, so its relations are found by walking
 * the syntax tree for table names and resolving them as the view does (through its creation search_path).
 * DROP uses it to refuse, or with CASCADE to drop, the views that would be left reading nothing, as
 * PostgreSQL does. A CTE named like a table counts as a reference (never a missed one).
 */
public final class ViewDependencies {
    private ViewDependencies() {
    }

    /** The views (any schema) whose queries name {@code schema.name} as a table or view. */
    public static List<ViewInfo> readersOf(Catalog catalog, String schema, String name) {
        List<ViewInfo> readers = new ArrayList<>();
        for (Catalog.Schema candidate : catalog.schemas()) {
            for (ViewInfo view : candidate.views.values()) {
                if (!(view.schema().equals(schema) && view.name().equals(name)) && reads(catalog, view, schema, name)) {
                    readers.add(view);
                }
            }
        }
        return readers;
    }

    private static boolean reads(Catalog catalog, ViewInfo view, String schema, String name) {
        List<NamedTable> named = new ArrayList<>();
        SyntaxWalk.collect(view.query(), NamedTable.class, named);
        return Catalog.withSearchPath(view.searchPath(), () -> {
            for (NamedTable table : named) {
                if (table.name().name().equals(name)
                        && schema.equals(catalog.schemaNameFor(table.name().schema(), table.name().name()))) {
                    return true;
                }
            }
            return false;
        });
    }
}
