package io.dosql.engine.trigger;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.binder.BindingContext;
import io.dosql.engine.binder.BoundQuery;
import io.dosql.engine.binder.QueryBinder;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.StatementEnvironment;
import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.CreateTriggerStatement;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/** CREATE TRIGGER and DROP TRIGGER, plus dropping a table's triggers with it; every change is undoable. */
public final class TriggerDdl {
    private final StatementEnvironment environment;
    private final Catalog catalog;

    public TriggerDdl(StatementEnvironment environment) {
        this.environment = environment;
        this.catalog = environment.schemaCatalog();
    }

    public MaterializedResult create(CreateTriggerStatement statement) {
        QualifiedName targetName = statement.table();
        Catalog.Schema schema = catalog.requireSchema(targetName.schema() == null ? "public" : targetName.schema());
        TableInfo table = schema.tables.get(targetName.name());
        boolean insteadOf = statement.timing() == CreateTriggerStatement.Timing.INSTEAD_OF;
        TriggerInfo trigger;
        if (table != null) {
            if (insteadOf) {
                // SQLite: INSTEAD OF triggers exist only on views.
                throw ErrorCode.WRONG_OBJECT_TYPE.exception(table.name, "view");
            }
            trigger = TriggerInfo.onTable(statement.name(), table, statement);
        } else if (schema.views.containsKey(targetName.name())) {
            if (!insteadOf) {
                // SQLite: BEFORE/AFTER triggers exist only on tables.
                throw ErrorCode.WRONG_OBJECT_TYPE.exception(targetName.name(), "table");
            }
            trigger = onView(statement, schema.name, targetName.name());
        } else {
            throw ErrorCode.UNDEFINED_TABLE.exception(targetName.toString());
        }
        for (Statement body : statement.body()) {
            if (!TriggerProgram.allowedInBody(body)) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(body.getClass().getSimpleName() + " in a trigger body");
            }
        }
        for (String column : statement.updateColumns()) {
            if (!trigger.columnNames().contains(column)) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + column + "\" of relation \"" + trigger.targetName() + "\"");
            }
        }
        if (schema.triggers.containsKey(statement.name())) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE TRIGGER");
            }
            throw ErrorCode.DUPLICATE_OBJECT.exception("trigger \"" + statement.name() + "\"");
        }
        schema.triggers.put(trigger.name, trigger);
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.triggers.remove(trigger.name);
            catalog.bumpVersion();
        });
        return MaterializedResult.command("CREATE TRIGGER");
    }

    /** An INSTEAD OF trigger on a view: NEW/OLD get the view's output columns, typed by binding the view. */
    private TriggerInfo onView(CreateTriggerStatement statement, String schemaName, String viewName) {
        QualifiedName name = new QualifiedName(List.of(schemaName, viewName));
        SelectCore core = new SelectCore(false, List.of(), List.of(new AllColumns(null)),
                List.of(new NamedTable(name, null, List.of(), 0)), null, List.of(), null, List.of());
        BoundQuery bound = new QueryBinder(new BindingContext(catalog))
                .bindQuery(new Query(null, core, List.of(), null, null, null), null);
        List<String> names = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        for (ResultColumn column : bound.columns()) {
            names.add(column.label());
            types.add(column.type());
        }
        return TriggerInfo.onView(statement.name(), viewName, names, types, statement);
    }

    /** DROP TRIGGER name (PostgreSQL's {@code ON table} is accepted by the parser and ignored). */
    public void drop(QualifiedName name, boolean ifExists) {
        Catalog.Schema schema = catalog.schema(name.schema() == null ? "public" : name.schema());
        TriggerInfo trigger = schema == null ? null : schema.triggers.remove(name.name());
        if (trigger == null) {
            if (ifExists) {
                return;
            }
            throw ErrorCode.UNDEFINED_OBJECT.exception("trigger \"" + name.name() + "\"");
        }
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.triggers.put(trigger.name, trigger);
            catalog.bumpVersion();
        });
    }

    /** Removes the triggers of {@code table} (it is being dropped). */
    public void dropTriggersOf(TableInfo table) {
        Catalog.Schema schema = catalog.schema(table.schema);
        if (schema != null) {
            dropWhere(schema, trigger -> trigger.table == table);
        }
    }

    /** Removes the INSTEAD OF triggers of view {@code view} (it is being dropped). */
    public void dropTriggersOfView(Catalog.Schema schema, String view) {
        dropWhere(schema, trigger -> view.equals(trigger.view));
    }

    private void dropWhere(Catalog.Schema schema, java.util.function.Predicate<TriggerInfo> condition) {
        List<TriggerInfo> removed = new ArrayList<>();
        for (TriggerInfo trigger : schema.triggers.values()) {
            if (condition.test(trigger)) {
                removed.add(trigger);
            }
        }
        if (removed.isEmpty()) {
            return;
        }
        for (TriggerInfo trigger : removed) {
            schema.triggers.remove(trigger.name);
        }
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            for (TriggerInfo trigger : removed) {
                schema.triggers.put(trigger.name, trigger);
            }
            catalog.bumpVersion();
        });
    }
}
