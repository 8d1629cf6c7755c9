package io.dosql.engine.trigger;

import io.dosql.engine.catalog.TableInfo;
import io.dosql.parser.ast.CreateTriggerStatement;

/** A catalog entry for one SQLite-style row trigger: its name, the table it watches and its definition. */
public final class TriggerInfo {
    public final String name;
    public final TableInfo table;
    public final CreateTriggerStatement definition;
    /** The body bound for one catalog version; rebound when the schema changes. */
    TriggerProgram program;

    public TriggerInfo(String name, TableInfo table, CreateTriggerStatement definition) {
        this.name = name;
        this.table = table;
        this.definition = definition;
    }

    /** Whether this trigger fires for {@code event} at {@code timing}. */
    boolean matches(CreateTriggerStatement.Timing timing, CreateTriggerStatement.Event event) {
        return definition.timing() == timing && definition.event() == event;
    }
}
