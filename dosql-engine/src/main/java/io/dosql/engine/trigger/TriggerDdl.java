package io.dosql.engine.trigger;

import io.dosql.core.ErrorCode;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.StatementEnvironment;
import io.dosql.parser.ast.CreateTriggerStatement;
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
        QualifiedName tableName = statement.table();
        Catalog.Schema schema = catalog.requireSchema(tableName.schema() == null ? "public" : tableName.schema());
        TableInfo table = schema.tables.get(tableName.name());
        if (table == null) {
            if (schema.views.containsKey(tableName.name())) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("triggers on views");
            }
            throw ErrorCode.UNDEFINED_TABLE.exception(tableName.toString());
        }
        if (statement.timing() == CreateTriggerStatement.Timing.INSTEAD_OF) {
            // SQLite: INSTEAD OF triggers exist only on views.
            throw ErrorCode.WRONG_OBJECT_TYPE.exception(table.name, "view");
        }
        for (Statement body : statement.body()) {
            if (!TriggerProgram.allowedInBody(body)) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(body.getClass().getSimpleName() + " in a trigger body");
            }
        }
        for (String column : statement.updateColumns()) {
            if (table.columnIndex(column) < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + column + "\" of relation \"" + table.name + "\"");
            }
        }
        if (schema.triggers.containsKey(statement.name())) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE TRIGGER");
            }
            throw ErrorCode.DUPLICATE_OBJECT.exception("trigger \"" + statement.name() + "\"");
        }
        TriggerInfo trigger = new TriggerInfo(statement.name(), table, statement);
        schema.triggers.put(trigger.name, trigger);
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.triggers.remove(trigger.name);
            catalog.bumpVersion();
        });
        return MaterializedResult.command("CREATE TRIGGER");
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
        if (schema == null || schema.triggers.isEmpty()) {
            return;
        }
        List<TriggerInfo> removed = new ArrayList<>();
        for (TriggerInfo trigger : schema.triggers.values()) {
            if (trigger.table == table) {
                removed.add(trigger);
            }
        }
        for (TriggerInfo trigger : removed) {
            schema.triggers.remove(trigger.name);
        }
        if (removed.isEmpty()) {
            return;
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
