package io.dosql.engine.trigger;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.RowCursor;
import io.dosql.engine.StatementResult;
import io.dosql.engine.binder.BindingContext;
import io.dosql.engine.binder.QueryBinder;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.planner.QueryPlan;
import io.dosql.engine.planner.StatementPlan;
import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.Assignment;
import io.dosql.parser.ast.CreateTriggerStatement.Event;
import io.dosql.parser.ast.DefaultValuesSource;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.QueryBody;
import io.dosql.parser.ast.QuerySource;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.Statement;
import io.dosql.parser.ast.TableReference;
import io.dosql.parser.ast.UpdateStatement;
import io.dosql.parser.ast.ValuesBody;
import io.dosql.parser.ast.ValuesSource;
import java.util.ArrayList;
import java.util.List;

/**
 * INSERT / UPDATE / DELETE on a view that has INSTEAD OF triggers for that event: the affected view
 * rows are computed by a query (the VALUES or SELECT of an INSERT; {@code SELECT v.*, new values FROM
 * v WHERE …} for UPDATE and DELETE) and the triggers run once per row instead of any change.
 */
public final class InsteadOfPlan implements StatementPlan {
    private final Event event;
    private final List<TriggerInfo> triggers;
    /** Source rows; null for INSERT … DEFAULT VALUES (one row of NULLs). */
    private final QueryPlan source;
    private final int width;
    /** INSERT: the view column of each source column; UPDATE: the view column of each assignment. */
    private final int[] targetColumns;

    private InsteadOfPlan(Event event, List<TriggerInfo> triggers, QueryPlan source, int width, int[] targetColumns) {
        this.event = event;
        this.triggers = triggers;
        this.source = source;
        this.width = width;
        this.targetColumns = targetColumns;
    }

    /** The plan for {@code statement} when it targets a view with matching INSTEAD OF triggers, else null. */
    public static StatementPlan forStatement(Statement statement, Catalog catalog) {
        QualifiedName target;
        Event event;
        if (statement instanceof InsertStatement insert) {
            target = insert.table();
            event = Event.INSERT;
        } else if (statement instanceof UpdateStatement update) {
            target = update.table();
            event = Event.UPDATE;
        } else if (statement instanceof DeleteStatement delete) {
            target = delete.table();
            event = Event.DELETE;
        } else {
            return null;
        }
        Catalog.Schema schema = catalog.schema(target.schema() == null ? "public" : target.schema());
        if (schema == null || schema.triggers.isEmpty() || !schema.views.containsKey(target.name())) {
            return null;
        }
        List<TriggerInfo> triggers = Triggers.insteadOf(schema, target.name(), event);
        if (triggers.isEmpty()) {
            return null;
        }
        List<String> columns = triggers.get(0).columnNames();
        if (statement instanceof InsertStatement insert) {
            return forInsert(insert, triggers, columns, catalog);
        }
        if (statement instanceof UpdateStatement update) {
            if (!update.returning().isEmpty()) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("RETURNING on a view with INSTEAD OF triggers");
            }
            List<SelectItem> items = new ArrayList<>();
            items.add(new AllColumns(new QualifiedName(List.of(update.alias() != null ? update.alias() : target.name()))));
            int[] assigned = new int[update.assignments().size()];
            for (int index = 0; index < assigned.length; index++) {
                Assignment assignment = update.assignments().get(index);
                assigned[index] = columnOf(columns, assignment.column(), target.name());
                items.add(new ExpressionItem(assignment.value(), null));
            }
            QueryPlan source = bind(update.with(), items, target, update.alias(), update.from(), update.where(), catalog);
            return new InsteadOfPlan(event, triggers, source, columns.size(), assigned);
        }
        DeleteStatement delete = (DeleteStatement) statement;
        if (!delete.returning().isEmpty()) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("RETURNING on a view with INSTEAD OF triggers");
        }
        List<SelectItem> items = List.of(new AllColumns(new QualifiedName(
                List.of(delete.alias() != null ? delete.alias() : target.name()))));
        QueryPlan source = bind(delete.with(), items, target, delete.alias(), delete.using(), delete.where(), catalog);
        return new InsteadOfPlan(event, triggers, source, columns.size(), new int[0]);
    }

    private static StatementPlan forInsert(InsertStatement insert, List<TriggerInfo> triggers, List<String> columns,
                                           Catalog catalog) {
        if (!insert.returning().isEmpty() || insert.onConflict() != null) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("RETURNING or ON CONFLICT on a view with INSTEAD OF triggers");
        }
        int[] targets;
        if (insert.columns().isEmpty()) {
            targets = new int[columns.size()];
            for (int index = 0; index < targets.length; index++) {
                targets[index] = index;
            }
        } else {
            targets = new int[insert.columns().size()];
            for (int index = 0; index < targets.length; index++) {
                targets[index] = columnOf(columns, insert.columns().get(index), insert.table().name());
            }
        }
        if (insert.source() instanceof DefaultValuesSource) {
            return new InsteadOfPlan(Event.INSERT, triggers, null, columns.size(), new int[0]);
        }
        QueryBody body;
        if (insert.source() instanceof ValuesSource values) {
            body = new ValuesBody(values.rows());
        } else {
            body = ((QuerySource) insert.source()).query();
        }
        BindingContext context = new BindingContext(catalog);
        QueryPlan source = new QueryPlan(new QueryBinder(context).bindQuery(
                new Query(insert.with(), body, List.of(), null, null, null), null), context.parameterTypes());
        if (source.columns().size() > targets.length) {
            throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more expressions than target columns");
        }
        return new InsteadOfPlan(Event.INSERT, triggers, source, columns.size(), targets);
    }

    private static int columnOf(List<String> columns, String name, String view) {
        int column = columns.indexOf(name);
        if (column < 0) {
            throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + name + "\" of relation \"" + view + "\"");
        }
        return column;
    }

    private static QueryPlan bind(io.dosql.parser.ast.WithClause with, List<SelectItem> items, QualifiedName view,
                                  String alias, List<TableReference> more, io.dosql.parser.ast.Expression where,
                                  Catalog catalog) {
        List<TableReference> from = new ArrayList<>();
        from.add(new NamedTable(view, alias, List.of(), 0));
        from.addAll(more);
        SelectCore core = new SelectCore(false, List.of(), items, from, where, List.of(), null, List.of());
        BindingContext context = new BindingContext(catalog);
        return new QueryPlan(new QueryBinder(context).bindQuery(new Query(with, core, List.of(), null, null, null), null),
                context.parameterTypes());
    }

    @Override
    public StatementResult execute(ExecutionContext context) {
        List<Object[]> rows = new ArrayList<>();
        if (source == null) {
            rows.add(new Object[0]);
        } else {
            try (StatementResult result = source.execute(context)) {
                RowCursor cursor = result.rows();
                int columns = result.columns().size();
                while (cursor.next()) {
                    Object[] row = new Object[columns];
                    for (int index = 0; index < columns; index++) {
                        row[index] = cursor.get(index);
                    }
                    rows.add(row);
                }
            }
        }
        boolean[] assigned = null;
        if (event == Event.UPDATE) {
            assigned = new boolean[width];
            for (int column : targetColumns) {
                assigned[column] = true;
            }
        }
        for (Object[] row : rows) {
            switch (event) {
                case INSERT -> {
                    Object[] newRow = new Object[width];
                    for (int index = 0; index < row.length; index++) {
                        newRow[targetColumns[index]] = row[index];
                    }
                    Triggers.fireInsteadOf(context, triggers, null, newRow, null);
                }
                case UPDATE -> {
                    Object[] oldRow = java.util.Arrays.copyOf(row, width);
                    Object[] newRow = oldRow.clone();
                    for (int index = 0; index < targetColumns.length; index++) {
                        newRow[targetColumns[index]] = row[width + index];
                    }
                    Triggers.fireInsteadOf(context, triggers, oldRow, newRow, assigned);
                }
                case DELETE -> Triggers.fireInsteadOf(context, triggers, java.util.Arrays.copyOf(row, width), null, null);
            }
        }
        long count = rows.size();
        String tag = switch (event) {
            case INSERT -> "INSERT 0 " + count;
            case UPDATE -> "UPDATE " + count;
            case DELETE -> "DELETE " + count;
        };
        return new MaterializedResult(tag, count, null, null);
    }

    @Override
    public List<ResultColumn> columns() {
        return List.of();
    }

    @Override
    public List<SqlType> parameterTypes() {
        return source == null ? List.of() : source.parameterTypes();
    }

    @Override
    public boolean writes() {
        return true;
    }
}
