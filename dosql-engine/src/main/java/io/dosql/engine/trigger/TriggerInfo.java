package io.dosql.engine.trigger;

import io.dosql.core.SqlType;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.parser.ast.CreateTriggerStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog entry for one SQLite-style row trigger: its name, the table (or, for INSTEAD OF, the view)
 * it watches and its definition.
 */
public final class TriggerInfo {
    public final String name;
    /** The watched table; null for an INSTEAD OF trigger on a view. */
    public final TableInfo table;
    /** The watched view's name; null for a table trigger. */
    public final String view;
    public final CreateTriggerStatement definition;
    /** A view's column names and types as of CREATE TRIGGER (a table's are read live). */
    private final List<String> viewColumnNames;
    private final List<SqlType> viewColumnTypes;
    /** The body bound for one catalog version; rebound when the schema changes. */
    TriggerProgram program;

    private TriggerInfo(String name, TableInfo table, String view, List<String> viewColumnNames,
                        List<SqlType> viewColumnTypes, CreateTriggerStatement definition) {
        this.name = name;
        this.table = table;
        this.view = view;
        this.viewColumnNames = viewColumnNames;
        this.viewColumnTypes = viewColumnTypes;
        this.definition = definition;
    }

    static TriggerInfo onTable(String name, TableInfo table, CreateTriggerStatement definition) {
        return new TriggerInfo(name, table, null, null, null, definition);
    }

    static TriggerInfo onView(String name, String view, List<String> columnNames, List<SqlType> columnTypes,
                              CreateTriggerStatement definition) {
        return new TriggerInfo(name, null, view, List.copyOf(columnNames), List.copyOf(columnTypes), definition);
    }

    /** The name of the watched table or view. */
    public String targetName() {
        return table != null ? table.name : view;
    }

    /** Column names of NEW / OLD, in order. */
    List<String> columnNames() {
        if (table == null) {
            return viewColumnNames;
        }
        List<String> names = new ArrayList<>();
        for (ColumnInfo column : table.columns) {
            names.add(column.name);
        }
        return names;
    }

    /** Column types of NEW / OLD, in order. */
    List<SqlType> columnTypes() {
        if (table == null) {
            return viewColumnTypes;
        }
        List<SqlType> types = new ArrayList<>();
        for (ColumnInfo column : table.columns) {
            types.add(column.type);
        }
        return types;
    }

    /** Whether this trigger fires for {@code event} at {@code timing}. */
    boolean matches(CreateTriggerStatement.Timing timing, CreateTriggerStatement.Event event) {
        return definition.timing() == timing && definition.event() == event;
    }
}
