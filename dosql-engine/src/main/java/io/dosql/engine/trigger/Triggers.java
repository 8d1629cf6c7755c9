package io.dosql.engine.trigger;

import io.dosql.core.ErrorCode;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.parser.ast.CreateTriggerStatement.Event;
import io.dosql.parser.ast.CreateTriggerStatement.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fires row triggers from the DML write path: for each matching trigger of the table, binds its
 * program (cached per catalog version) and runs it with the row's NEW/OLD values in a nested
 * execution context that shares the transaction, so a failing trigger undoes the whole statement.
 */
public final class Triggers {
    /** Nesting limit of triggers firing triggers; past it the statement fails with 54001. */
    public static final int MAX_DEPTH = 32;

    /** Current trigger nesting on this thread (a statement runs on one thread under the statement latch). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private Triggers() {
    }

    /**
     * Runs the triggers of {@code table} for one row change. {@code oldRow} is null for INSERT and
     * {@code newRow} null for DELETE; {@code assignedColumns} (UPDATE only, may be null = "changed
     * columns") decides {@code UPDATE OF} triggers. Returns false when a trigger ran RAISE(IGNORE):
     * the caller then skips the row's change (BEFORE) and the remaining triggers are abandoned.
     */
    public static boolean fire(ExecutionContext context, TableInfo table, Timing timing, Event event,
                               Object[] oldRow, Object[] newRow, boolean[] assignedColumns) {
        Catalog catalog = context.environment().schemaCatalog();
        Catalog.Schema schema = catalog.schema(table.schema);
        if (schema == null || schema.triggers.isEmpty()) {
            return true;
        }
        List<TriggerInfo> matching = new ArrayList<>();
        for (TriggerInfo trigger : schema.triggers.values()) {
            if (trigger.table == table && trigger.matches(timing, event)
                    && (event != Event.UPDATE || updatesWatchedColumn(trigger, oldRow, newRow, assignedColumns))) {
                matching.add(trigger);
            }
        }
        return run(context, catalog, matching, table.columns.size(), oldRow, newRow);
    }

    /** The INSTEAD OF triggers of view {@code view} in {@code schema} for {@code event}. */
    static List<TriggerInfo> insteadOf(Catalog.Schema schema, String view, Event event) {
        List<TriggerInfo> matching = new ArrayList<>();
        for (TriggerInfo trigger : schema.triggers.values()) {
            if (view.equals(trigger.view) && trigger.matches(Timing.INSTEAD_OF, event)) {
                matching.add(trigger);
            }
        }
        return matching;
    }

    /** Runs INSTEAD OF triggers of a view for one row; {@code assignedColumns} as for {@link #fire}. */
    static void fireInsteadOf(ExecutionContext context, List<TriggerInfo> triggers, Object[] oldRow, Object[] newRow,
                              boolean[] assignedColumns) {
        List<TriggerInfo> matching = new ArrayList<>();
        for (TriggerInfo trigger : triggers) {
            if (trigger.definition.event() != Event.UPDATE
                    || updatesWatchedColumn(trigger, oldRow, newRow, assignedColumns)) {
                matching.add(trigger);
            }
        }
        int width = oldRow != null ? oldRow.length : newRow.length;
        run(context, context.environment().schemaCatalog(), matching, width, oldRow, newRow);
    }

    private static boolean run(ExecutionContext context, Catalog catalog, List<TriggerInfo> matching, int width,
                               Object[] oldRow, Object[] newRow) {
        if (matching.isEmpty()) {
            return true;
        }
        context.checkCanceled();
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_DEPTH) {
            throw ErrorCode.STATEMENT_TOO_COMPLEX.exception("trigger nesting depth exceeds " + MAX_DEPTH
                    + " (trigger \"" + matching.get(0).name + "\" on \"" + matching.get(0).targetName() + "\")");
        }
        Object[] parameters = new Object[width * 2];
        if (newRow != null) {
            System.arraycopy(newRow, 0, parameters, 0, width);
        }
        if (oldRow != null) {
            System.arraycopy(oldRow, 0, parameters, width, width);
        }
        ExecutionContext nested = new ExecutionContext(parameters,
                context.statementTimestamp().toInstant().toEpochMilli(),
                context.transactionTimestamp().toInstant().toEpochMilli(), context.random(), context.environment());
        depth[0]++;
        try {
            for (TriggerInfo trigger : matching) {
                program(trigger, catalog).run(nested);
            }
            return true;
        } catch (Raise.Ignore ignore) {
            return false;
        } finally {
            depth[0]--;
        }
    }

    private static TriggerProgram program(TriggerInfo trigger, Catalog catalog) {
        TriggerProgram program = trigger.program;
        if (program == null || program.catalogVersion != catalog.version()) {
            program = TriggerProgram.compile(trigger, catalog);
            trigger.program = program;
        }
        return program;
    }

    /** SQLite: {@code UPDATE OF a, b} fires when the UPDATE assigns a or b (whether or not the value changes). */
    private static boolean updatesWatchedColumn(TriggerInfo trigger, Object[] oldRow, Object[] newRow,
                                                boolean[] assignedColumns) {
        List<String> watched = trigger.definition.updateColumns();
        if (watched.isEmpty()) {
            return true;
        }
        List<String> columns = trigger.columnNames();
        for (String name : watched) {
            int column = columns.indexOf(name);
            if (column < 0) {
                continue;
            }
            if (assignedColumns != null ? assignedColumns[column] : !Objects.equals(oldRow[column], newRow[column])) {
                return true;
            }
        }
        return false;
    }
}
