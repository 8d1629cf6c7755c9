package io.dosql.engine.planner;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.binder.BindingContext;
import io.dosql.engine.binder.BoundQuery;
import io.dosql.engine.binder.ExpressionBinder;
import io.dosql.engine.binder.QueryBinder;
import io.dosql.engine.binder.Scope;
import io.dosql.engine.binder.TypeResolver;
import io.dosql.engine.catalog.Catalog;
import io.dosql.engine.catalog.CheckInfo;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.ForeignKeyInfo;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.catalog.ViewInfo;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.execution.MaterializedResult;
import io.dosql.engine.execution.RowIterator;
import io.dosql.engine.execution.StatementEnvironment;
import io.dosql.engine.execution.TableWriter;
import io.dosql.engine.storage.StoreFactory;
import io.dosql.parser.ast.AddColumn;
import io.dosql.parser.ast.AddConstraint;
import io.dosql.parser.ast.AlterColumn;
import io.dosql.parser.ast.AlterTableAction;
import io.dosql.parser.ast.AlterTableStatement;
import io.dosql.parser.ast.CheckColumnConstraint;
import io.dosql.parser.ast.CheckConstraint;
import io.dosql.parser.ast.ColumnConstraint;
import io.dosql.parser.ast.ColumnDefinition;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.CreateIndexStatement;
import io.dosql.parser.ast.CreateSchemaStatement;
import io.dosql.parser.ast.CreateTableStatement;
import io.dosql.parser.ast.CreateViewStatement;
import io.dosql.parser.ast.DefaultColumnConstraint;
import io.dosql.parser.ast.DropColumn;
import io.dosql.parser.ast.DropConstraint;
import io.dosql.parser.ast.DropStatement;
import io.dosql.parser.ast.ForeignKeyConstraint;
import io.dosql.parser.ast.IdentityColumnConstraint;
import io.dosql.parser.ast.NotNullConstraint;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.PrimaryKeyColumnConstraint;
import io.dosql.parser.ast.PrimaryKeyConstraint;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.ReferencesColumnConstraint;
import io.dosql.parser.ast.RenameColumn;
import io.dosql.parser.ast.RenameTable;
import io.dosql.parser.ast.TableConstraint;
import io.dosql.parser.ast.TruncateStatement;
import io.dosql.parser.ast.UniqueColumnConstraint;
import io.dosql.parser.ast.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Runs DDL statements against the catalog, recording how to undo each change. */
public final class DdlExecutor {
    private final Catalog catalog;
    private final StatementEnvironment environment;
    private final ExecutionContext context;
    private final StoreFactory stores;

    public DdlExecutor(ExecutionContext context) {
        this.context = context;
        this.environment = context.environment();
        this.catalog = environment.schemaCatalog();
        this.stores = environment.storeFactory();
    }

    private Catalog.Schema schemaFor(QualifiedName name) {
        if (name.schema() == null && catalog.creationSchemaName() == null) {
            throw new io.dosql.core.DoSqlException(ErrorCode.INVALID_SCHEMA_NAME, "no schema has been selected to create in");
        }
        return catalog.requireSchema(name.schema() == null ? catalog.creationSchemaName() : name.schema());
    }

    private void checkNameFree(Catalog.Schema schema, String name) {
        if (schema.hasRelation(name)) {
            throw ErrorCode.DUPLICATE_TABLE.exception(name);
        }
    }

    public MaterializedResult createTable(CreateTableStatement statement) {
        Catalog.Schema schema = schemaFor(statement.name());
        String name = statement.name().name();
        if (schema.tables.containsKey(name) || schema.views.containsKey(name) || schema.sequences.containsKey(name)) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE TABLE");
            }
            throw ErrorCode.DUPLICATE_TABLE.exception(name);
        }
        if (statement.asQuery() != null) {
            return createTableAs(statement, schema);
        }
        List<ColumnInfo> columns = new ArrayList<>();
        for (ColumnDefinition definition : statement.columns()) {
            for (ColumnInfo existing : columns) {
                if (existing.name.equals(definition.name())) {
                    throw ErrorCode.DUPLICATE_COLUMN.exception(definition.name(), name);
                }
            }
            columns.add(column(definition));
        }
        TableInfo table = new TableInfo(schema.name, name, columns, null);
        table.store = stores.tableStore(table);
        for (ColumnDefinition definition : statement.columns()) {
            for (ColumnConstraint constraint : definition.constraints()) {
                applyColumnConstraint(table, definition.name(), constraint);
            }
        }
        for (TableConstraint constraint : statement.constraints()) {
            addConstraint(table, constraint);
        }
        register(schema, table);
        return MaterializedResult.command("CREATE TABLE");
    }

    private void register(Catalog.Schema schema, TableInfo table) {
        schema.tables.put(table.name, table);
        for (IndexInfo index : table.indexes) {
            schema.indexes.put(index.name, index);
        }
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.tables.remove(table.name);
            for (IndexInfo index : table.indexes) {
                schema.indexes.remove(index.name);
            }
            catalog.bumpVersion();
        });
    }

    private MaterializedResult createTableAs(CreateTableStatement statement, Catalog.Schema schema) {
        BindingContext binding = new BindingContext(catalog);
        BoundQuery query = new QueryBinder(binding).bindQuery(statement.asQuery(), null);
        List<ColumnInfo> columns = new ArrayList<>();
        for (int index = 0; index < query.columns().size(); index++) {
            ResultColumn column = query.columns().get(index);
            String columnName = index < statement.columns().size() ? statement.columns().get(index).name() : column.label();
            columns.add(new ColumnInfo(columnName, column.type(), false, null, null, null, false));
        }
        TableInfo table = new TableInfo(schema.name, statement.name().name(), columns, null);
        table.store = stores.tableStore(table);
        register(schema, table);
        TableWriter writer = new TableWriter(context, io.dosql.engine.execution.TableRules.NONE);
        RowIterator rows = query.plan().open(context);
        long count = 0;
        List<Object[]> all = new ArrayList<>();
        for (Object[] row; (row = rows.next()) != null; ) {
            all.add(row.clone());
        }
        for (Object[] row : all) {
            writer.insert(table, row);
            count++;
        }
        return new MaterializedResult("SELECT " + count, count, null, null);
    }

    private ColumnInfo column(ColumnDefinition definition) {
        SqlType type = TypeResolver.resolve(definition.type());
        boolean notNull = false;
        io.dosql.parser.ast.Expression defaultExpression = null;
        AtomicLong identity = null;
        boolean always = false;
        if (TypeResolver.isSerial(definition.type())) {
            identity = new AtomicLong();
            notNull = true;
        }
        for (ColumnConstraint constraint : definition.constraints()) {
            if (constraint instanceof NotNullConstraint || constraint instanceof PrimaryKeyColumnConstraint) {
                notNull = true;
            } else if (constraint instanceof DefaultColumnConstraint defaultConstraint) {
                defaultExpression = defaultConstraint.value();
                ExpressionBinder.of(new BindingContext(catalog), new Scope(List.of(), null)).bind(defaultExpression);
            } else if (constraint instanceof IdentityColumnConstraint identityConstraint) {
                identity = new AtomicLong();
                always = identityConstraint.always();
                notNull = true;
            }
            if (constraint instanceof PrimaryKeyColumnConstraint primaryKey && primaryKey.autoincrement()
                    && type.kind().isInteger()) {
                identity = new AtomicLong();
            }
        }
        return new ColumnInfo(definition.name(), type, notNull, defaultExpression,
                defaultExpression == null ? null : defaultExpression.toString(), identity, always);
    }

    private void applyColumnConstraint(TableInfo table, String column, ColumnConstraint constraint) {
        if (constraint instanceof PrimaryKeyColumnConstraint primaryKey) {
            addConstraint(table, new PrimaryKeyConstraint(primaryKey.name(), List.of(column)));
        } else if (constraint instanceof UniqueColumnConstraint unique) {
            addConstraint(table, new UniqueConstraint(unique.name(), List.of(column)));
        } else if (constraint instanceof CheckColumnConstraint check) {
            addConstraint(table, new CheckConstraint(check.name(), check.condition()));
        } else if (constraint instanceof ReferencesColumnConstraint references) {
            addConstraint(table, new ForeignKeyConstraint(references.name(), List.of(column), references.table(),
                    references.columns(), references.onDelete(), references.onUpdate()));
        }
    }

    private int[] columnIndexes(TableInfo table, List<String> names) {
        int[] indexes = new int[names.size()];
        for (int position = 0; position < indexes.length; position++) {
            indexes[position] = table.columnIndex(names.get(position));
            if (indexes[position] < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + names.get(position) + "\"");
            }
        }
        return indexes;
    }

    private String uniqueName(TableInfo table, String suggested) {
        Catalog.Schema schema = catalog.schema(table.schema);
        String name = suggested;
        int suffix = 1;
        while (schema != null && (schema.indexes.containsKey(name) || schema.tables.containsKey(name))
                || nameUsedInTable(table, name)) {
            name = suggested + suffix++;
        }
        return name;
    }

    private static boolean nameUsedInTable(TableInfo table, String name) {
        for (IndexInfo index : table.indexes) {
            if (index.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a table constraint (building its index over existing rows); returns a description. */
    private void addConstraint(TableInfo table, TableConstraint constraint) {
        if (constraint instanceof PrimaryKeyConstraint primaryKey) {
            if (table.primaryKey() != null) {
                throw ErrorCode.INVALID_TABLE_DEFINITION.exception("multiple primary keys for table \"" + table.name
                        + "\" are not allowed");
            }
            int[] columns = columnIndexes(table, primaryKey.columns());
            for (int column : columns) {
                setNotNull(table, column);
            }
            String name = primaryKey.name() != null ? primaryKey.name() : uniqueName(table, table.name + "_pkey");
            IndexInfo index = new IndexInfo(name, table, columns, true, true, stores.indexStore(columns.length));
            index.constraint = true;
            addIndex(table, index);
        } else if (constraint instanceof UniqueConstraint unique) {
            int[] columns = columnIndexes(table, unique.columns());
            String name = unique.name() != null ? unique.name()
                    : uniqueName(table, table.name + "_" + String.join("_", unique.columns()) + "_key");
            IndexInfo index = new IndexInfo(name, table, columns, true, false, stores.indexStore(columns.length));
            index.constraint = true;
            addIndex(table, index);
        } else if (constraint instanceof CheckConstraint check) {
            Scope scope = new Scope(tableEntries(table), null);
            io.dosql.engine.expression.BoundExpression condition =
                    ExpressionBinder.of(new BindingContext(catalog), scope).bindCondition(check.condition(), "CHECK");
            String name = check.name() != null ? check.name() : table.name + "_" + firstColumn(check.condition()) + "_check";
            io.dosql.engine.storage.TableCursor rows = table.store.scan(0, table.store.rowIdLimit());
            while (rows.next()) {
                if (condition.evaluate(rows.row(), context) == Boolean.FALSE) {
                    throw new io.dosql.core.DoSqlException(ErrorCode.CHECK_VIOLATION, "check constraint \"" + name
                            + "\" of relation \"" + table.name + "\" is violated by some row");
                }
            }
            CheckInfo added = new CheckInfo(name, check.condition());
            table.checks.add(added);
            environment.recordUndo(() -> {
                table.checks.remove(added);
                catalog.bumpVersion();
            });
        } else if (constraint instanceof ForeignKeyConstraint foreignKey) {
            TableInfo referenced = foreignKey.referencedTable().name().equals(table.name)
                    && foreignKey.referencedTable().schema() == null ? table
                    : catalog.findTable(foreignKey.referencedTable().schema(), foreignKey.referencedTable().name());
            if (referenced == null) {
                throw ErrorCode.UNDEFINED_TABLE.exception(foreignKey.referencedTable().toString());
            }
            int[] columns = columnIndexes(table, foreignKey.columns());
            int[] referencedColumns;
            if (foreignKey.referencedColumns().isEmpty()) {
                IndexInfo primaryKey = referenced.primaryKey();
                if (primaryKey == null) {
                    throw ErrorCode.INVALID_FOREIGN_KEY.exception("there is no primary key for referenced table \""
                            + referenced.name + "\"");
                }
                referencedColumns = primaryKey.columns;
            } else {
                referencedColumns = columnIndexes(referenced, foreignKey.referencedColumns());
            }
            if (columns.length != referencedColumns.length) {
                throw ErrorCode.INVALID_FOREIGN_KEY.exception("number of referencing and referenced columns for foreign key disagree");
            }
            String name = foreignKey.name() != null ? foreignKey.name()
                    : table.name + "_" + String.join("_", foreignKey.columns()) + "_fkey";
            ForeignKeyInfo added = new ForeignKeyInfo(name, table, columns, referenced, referencedColumns,
                    foreignKey.onDelete(), foreignKey.onUpdate());
            io.dosql.engine.storage.TableCursor rows = table.store.scan(0, table.store.rowIdLimit());
            while (rows.next()) {
                TableWriter.requireReferenced(added, rows.row());
            }
            table.foreignKeys.add(added);
            environment.recordUndo(() -> {
                table.foreignKeys.remove(added);
                catalog.bumpVersion();
            });
        }
    }

    private static String firstColumn(io.dosql.parser.ast.Expression expression) {
        String text = expression.toString();
        int start = text.indexOf("ColumnReference[parts=[");
        if (start < 0) {
            return "check";
        }
        int end = text.indexOf(']', start);
        String parts = text.substring(start + "ColumnReference[parts=[".length(), end);
        String[] split = parts.split(", ");
        return split[split.length - 1];
    }

    private static List<Scope.Entry> tableEntries(TableInfo table) {
        List<Scope.Entry> entries = new ArrayList<>();
        for (ColumnInfo column : table.columns) {
            entries.add(new Scope.Entry(table.name, column.name, column.type, false, table.schema, table.name,
                    column.name, column.notNull));
        }
        return entries;
    }

    /** A unique index a foreign key references cannot be dropped alone (PostgreSQL: 2BP01 without CASCADE). */
    private void requireNoDependentForeignKey(TableInfo table, IndexInfo index) {
        for (Catalog.Schema schema : catalog.schemas()) {
            for (TableInfo other : schema.tables.values()) {
                for (ForeignKeyInfo foreignKey : other.foreignKeys) {
                    if (foreignKey.referenced == table
                            && java.util.Arrays.equals(sorted(foreignKey.referencedColumns), sorted(index.columns))) {
                        throw ErrorCode.DEPENDENT_OBJECTS_STILL_EXIST.exception("cannot drop constraint " + index.name
                                + " on table " + table.name + " because other objects depend on it")
                                .withDetail("constraint " + foreignKey.name + " on table " + other.name
                                        + " depends on index " + index.name)
                                .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                    }
                }
            }
        }
    }

    private static int[] sorted(int[] columns) {
        int[] copy = columns.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }

    /**
     * Makes a column NOT NULL (SET NOT NULL, or a new primary key over it) after checking the rows already
     * there, as PostgreSQL does (23502 "contains null values"); a rollback makes it nullable again.
     */
    private void setNotNull(TableInfo table, int column) {
        ColumnInfo info = table.columns.get(column);
        if (info.notNull) {
            return;
        }
        io.dosql.engine.storage.TableCursor cursor = table.store.scan(0, table.store.rowIdLimit());
        while (cursor.next()) {
            if (cursor.row()[column] == null) {
                throw new io.dosql.core.DoSqlException(ErrorCode.NOT_NULL_VIOLATION,
                        "column \"" + info.name + "\" of relation \"" + table.name + "\" contains null values");
            }
        }
        info.notNull = true;
        environment.recordUndo(() -> {
            info.notNull = false;
            catalog.bumpVersion();
        });
    }

    /** Adds an index to a (possibly already registered) table, filling it from the existing rows. */
    private void addIndex(TableInfo table, IndexInfo index) {
        io.dosql.engine.storage.TableCursor cursor = table.store.scan(0, table.store.rowIdLimit());
        while (cursor.next()) {
            long rowId = cursor.rowId();
            Object[] row = cursor.row();
            Object[] key = index.keyOf(row);
            if (index.unique && !IndexInfo.hasNull(key) && index.store.findAny(key, -1) >= 0) {
                throw ErrorCode.UNIQUE_VIOLATION.exception(index.name).withDetail("Key is duplicated.");
            }
            index.store.insert(key, rowId);
        }
        table.indexes.add(index);
        Catalog.Schema schema = catalog.schema(table.schema);
        if (schema != null && schema.tables.get(table.name) == table) {
            schema.indexes.put(index.name, index);
            catalog.bumpVersion();
            environment.recordUndo(() -> {
                table.indexes.remove(index);
                schema.indexes.remove(index.name);
                catalog.bumpVersion();
            });
        }
    }

    public MaterializedResult createIndex(CreateIndexStatement statement) {
        TableInfo table = catalog.findTable(statement.table().schema(), statement.table().name());
        if (table == null) {
            throw ErrorCode.UNDEFINED_TABLE.exception(statement.table().toString());
        }
        if (statement.where() != null) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("partial indexes (CREATE INDEX … WHERE)");
        }
        List<String> names = new ArrayList<>();
        for (OrderItem item : statement.columns()) {
            if (!(item.expression() instanceof ColumnReference reference)) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("expression indexes");
            }
            names.add(reference.name());
        }
        int[] columns = columnIndexes(table, names);
        Catalog.Schema schema = catalog.schema(table.schema);
        String name = statement.name() != null ? statement.name()
                : uniqueName(table, table.name + "_" + String.join("_", names) + "_idx");
        if (schema.indexes.containsKey(name) || schema.tables.containsKey(name) || schema.sequences.containsKey(name)) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE INDEX");
            }
            throw ErrorCode.DUPLICATE_TABLE.exception(name);
        }
        addIndex(table, new IndexInfo(name, table, columns, statement.unique(), false, stores.indexStore(columns.length)));
        return MaterializedResult.command("CREATE INDEX");
    }

    public MaterializedResult createView(CreateViewStatement statement) {
        Catalog.Schema schema = schemaFor(statement.name());
        String name = statement.name().name();
        ViewInfo previous = schema.views.get(name);
        if (previous != null && !statement.orReplace() || schema.tables.containsKey(name)
                || schema.sequences.containsKey(name)) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE VIEW");
            }
            throw ErrorCode.DUPLICATE_TABLE.exception(name);
        }
        new QueryBinder(new BindingContext(catalog)).bindQuery(statement.query(), null);
        ViewInfo view = new ViewInfo(schema.name, name, statement.query(), statement.columnNames(), statement.sql(),
                Catalog.currentSearchPath());
        schema.views.put(name, view);
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            if (previous == null) {
                schema.views.remove(name);
            } else {
                schema.views.put(name, previous);
            }
            catalog.bumpVersion();
        });
        return MaterializedResult.command("CREATE VIEW");
    }

    public MaterializedResult createSchema(CreateSchemaStatement statement) {
        if (catalog.schema(statement.name()) != null) {
            if (statement.ifNotExists()) {
                return MaterializedResult.command("CREATE SCHEMA");
            }
            throw ErrorCode.DUPLICATE_SCHEMA.exception(statement.name());
        }
        catalog.createSchema(statement.name());
        environment.recordUndo(() -> catalog.dropSchema(statement.name()));
        return MaterializedResult.command("CREATE SCHEMA");
    }

    public MaterializedResult drop(DropStatement statement) {
        String tag = "DROP " + statement.kind().name();
        for (QualifiedName name : statement.names()) {
            switch (statement.kind()) {
                case TABLE -> dropTable(name, statement.ifExists(), statement.cascade());
                case VIEW -> dropView(name, statement.ifExists(), statement.cascade());
                case INDEX -> dropIndex(name, statement.ifExists());
                case SCHEMA -> dropSchema(name, statement.ifExists(), statement.cascade());
                case TRIGGER -> new io.dosql.engine.trigger.TriggerDdl(environment).drop(name, statement.ifExists());
                case SEQUENCE -> new SequenceDdl(environment).drop(name, statement.ifExists(), statement.cascade());
                default -> {
                    if (!statement.ifExists()) {
                        throw ErrorCode.UNDEFINED_OBJECT.exception(statement.kind().name().toLowerCase() + " \"" + name + "\"");
                    }
                }
            }
        }
        return MaterializedResult.command(tag);
    }

    private void dropTable(QualifiedName name, boolean ifExists, boolean cascade) {
        Catalog.Schema schema = catalog.schema(catalog.schemaNameFor(name.schema(), name.name()));
        TableInfo table = schema == null ? null : schema.tables.get(name.name());
        if (table == null) {
            if (ifExists) {
                return;
            }
            throw ErrorCode.UNDEFINED_TABLE.exception(name.toString());
        }
        List<ForeignKeyInfo> removedKeys = new ArrayList<>();
        for (Catalog.Schema other : catalog.schemas()) {
            for (TableInfo child : other.tables.values()) {
                if (child == table) {
                    continue;
                }
                for (ForeignKeyInfo foreignKey : child.foreignKeys) {
                    if (foreignKey.referenced == table) {
                        if (!cascade) {
                            throw ErrorCode.DEPENDENT_OBJECTS_STILL_EXIST.exception("cannot drop table " + table.name
                                    + " because other objects depend on it");
                        }
                        removedKeys.add(foreignKey);
                    }
                }
            }
        }
        dropReadingViews(table.schema, table.name, "table", cascade);
        for (ForeignKeyInfo foreignKey : removedKeys) {
            foreignKey.table.foreignKeys.remove(foreignKey);
        }
        new io.dosql.engine.trigger.TriggerDdl(environment).dropTriggersOf(table);
        new SequenceDdl(environment).dropOwnedBy(table);
        schema.tables.remove(table.name);
        for (IndexInfo index : table.indexes) {
            schema.indexes.remove(index.name);
        }
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.tables.put(table.name, table);
            for (IndexInfo index : table.indexes) {
                schema.indexes.put(index.name, index);
            }
            for (ForeignKeyInfo foreignKey : removedKeys) {
                foreignKey.table.foreignKeys.add(foreignKey);
            }
            catalog.bumpVersion();
        });
    }

    private void dropView(QualifiedName name, boolean ifExists, boolean cascade) {
        Catalog.Schema schema = catalog.schema(catalog.schemaNameFor(name.schema(), name.name()));
        ViewInfo view = schema == null ? null : schema.views.get(name.name());
        if (view == null) {
            if (ifExists) {
                return;
            }
            throw ErrorCode.UNDEFINED_TABLE.exception(name.toString());
        }
        dropView(schema, view, cascade);
    }

    /**
     * Views reading the table or view about to go would read nothing: refused (2BP01) as in PostgreSQL, or
     * with CASCADE dropped first (and the views reading those).
     */
    private void dropReadingViews(String schemaName, String name, String kind, boolean cascade) {
        List<ViewInfo> readers = io.dosql.engine.catalog.ViewDependencies.readersOf(catalog, schemaName, name);
        if (readers.isEmpty()) {
            return;
        }
        if (!cascade) {
            List<String> lines = new ArrayList<>();
            for (ViewInfo reader : readers) {
                lines.add("view " + reader.name() + " depends on " + kind + " " + name);
            }
            throw ErrorCode.DEPENDENT_OBJECTS_STILL_EXIST.exception("cannot drop " + kind + " " + name
                    + " because other objects depend on it")
                    .withDetail(String.join("\n", lines))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        for (ViewInfo reader : readers) {
            Catalog.Schema readerSchema = catalog.schema(reader.schema());
            if (readerSchema != null && readerSchema.views.get(reader.name()) == reader) {
                dropView(readerSchema, reader, true);
            }
        }
    }

    private void dropView(Catalog.Schema schema, ViewInfo view, boolean cascade) {
        // Unlike PostgreSQL, a plain DROP VIEW leaves the views reading it (their reads fail with 42P01), as
        // SQLite does: the shared sqllogictest corpus drops views in creation order and expects that.
        if (cascade) {
            dropReadingViews(schema.name, view.name(), "view", true);
        }
        schema.views.remove(view.name());
        String comment = schema.viewComments.remove(view.name());
        if (comment != null) {
            environment.recordUndo(() -> schema.viewComments.put(view.name(), comment));
        }
        new io.dosql.engine.trigger.TriggerDdl(environment).dropTriggersOfView(schema, view.name());
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.views.put(view.name(), view);
            catalog.bumpVersion();
        });
    }

    private void dropIndex(QualifiedName name, boolean ifExists) {
        Catalog.Schema schema = catalog.schema(catalog.schemaNameFor(name.schema(), name.name()));
        IndexInfo index = schema == null ? null : schema.indexes.get(name.name());
        if (index == null) {
            if (ifExists) {
                return;
            }
            throw ErrorCode.UNDEFINED_OBJECT.exception("index \"" + name + "\"");
        }
        schema.indexes.remove(index.name);
        index.table.indexes.remove(index);
        catalog.bumpVersion();
        environment.recordUndo(() -> {
            schema.indexes.put(index.name, index);
            index.table.indexes.add(index);
            catalog.bumpVersion();
        });
    }

    private void dropSchema(QualifiedName name, boolean ifExists, boolean cascade) {
        Catalog.Schema schema = catalog.schema(name.name());
        if (schema == null) {
            if (ifExists) {
                return;
            }
            throw ErrorCode.INVALID_SCHEMA_NAME.exception(name.name());
        }
        if (!cascade && (!schema.tables.isEmpty() || !schema.views.isEmpty() || !schema.sequences.isEmpty())) {
            throw ErrorCode.DEPENDENT_OBJECTS_STILL_EXIST.exception("cannot drop schema " + name.name()
                    + " because other objects depend on it");
        }
        catalog.dropSchema(name.name());
        environment.recordUndo(() -> catalog.putSchema(schema));
    }

    /** COMMENT ON TABLE | VIEW | COLUMN: kept in the catalog (JDBC metadata reports it), undone by ROLLBACK. */
    public MaterializedResult comment(io.dosql.parser.ast.CommentStatement statement) {
        QualifiedName name = statement.name();
        if (statement.kind() == io.dosql.parser.ast.CommentStatement.Kind.VIEW) {
            Catalog.Schema schema = catalog.schema(catalog.schemaNameFor(name.schema(), name.name()));
            if (schema == null || !schema.views.containsKey(name.name())) {
                throw ErrorCode.UNDEFINED_TABLE.exception(name.toString());
            }
            String before = statement.comment() == null ? schema.viewComments.remove(name.name())
                    : schema.viewComments.put(name.name(), statement.comment());
            environment.recordUndo(() -> {
                if (before == null) {
                    schema.viewComments.remove(name.name());
                } else {
                    schema.viewComments.put(name.name(), before);
                }
            });
            return MaterializedResult.command("COMMENT");
        }
        TableInfo table = catalog.findTable(name.schema(), name.name());
        if (table == null) {
            throw ErrorCode.UNDEFINED_TABLE.exception(name.toString());
        }
        if (statement.kind() == io.dosql.parser.ast.CommentStatement.Kind.TABLE) {
            String before = table.comment;
            table.comment = statement.comment();
            environment.recordUndo(() -> table.comment = before);
        } else {
            int index = table.columnIndex(statement.column());
            if (index < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + statement.column() + "\" of relation \"" + table.name + "\"");
            }
            ColumnInfo column = table.columns.get(index);
            String before = column.comment;
            column.comment = statement.comment();
            environment.recordUndo(() -> column.comment = before);
        }
        catalog.bumpVersion();
        return MaterializedResult.command("COMMENT");
    }

    public MaterializedResult truncate(TruncateStatement statement) {
        for (QualifiedName name : statement.tables()) {
            TableInfo table = catalog.findTable(name.schema(), name.name());
            if (table == null) {
                throw ErrorCode.UNDEFINED_TABLE.exception(name.toString());
            }
            if (statement.restartIdentity()) {
                // RESTART IDENTITY: the identity counters start over, undone with the transaction as in PostgreSQL
                for (ColumnInfo column : table.columns) {
                    if (column.identity != null) {
                        long before = column.identity.getAndSet(0);
                        environment.recordUndo(() -> column.identity.set(before));
                    }
                }
                new SequenceDdl(environment).restartOwnedBy(table);
            }
            io.dosql.engine.storage.TableStore oldStore = table.store;
            List<io.dosql.engine.storage.IndexStore> oldIndexes = new ArrayList<>();
            table.store = stores.tableStore(table);
            List<IndexInfo> replaced = new ArrayList<>();
            for (IndexInfo index : table.indexes) {
                oldIndexes.add(index.store);
                IndexInfo copy = new IndexInfo(index.name, table, index.columns, index.unique, index.primary,
                        stores.indexStore(index.columns.length));
                copy.constraint = index.constraint;
                replaced.add(copy);
            }
            List<IndexInfo> previous = new ArrayList<>(table.indexes);
            table.indexes.clear();
            table.indexes.addAll(replaced);
            Catalog.Schema schema = catalog.schema(table.schema);
            for (IndexInfo index : replaced) {
                schema.indexes.put(index.name, index);
            }
            catalog.bumpVersion();
            environment.recordUndo(() -> {
                table.store = oldStore;
                table.indexes.clear();
                table.indexes.addAll(previous);
                for (IndexInfo index : previous) {
                    schema.indexes.put(index.name, index);
                }
                catalog.bumpVersion();
            });
        }
        return MaterializedResult.command("TRUNCATE TABLE");
    }

    public MaterializedResult alterTable(AlterTableStatement statement) {
        TableInfo table = catalog.findTable(statement.name().schema(), statement.name().name());
        if (table == null) {
            if (statement.ifExists()) {
                return MaterializedResult.command("ALTER TABLE");
            }
            throw ErrorCode.UNDEFINED_TABLE.exception(statement.name().toString());
        }
        for (AlterTableAction action : statement.actions()) {
            alter(table, action);
        }
        catalog.bumpVersion();
        return MaterializedResult.command("ALTER TABLE");
    }

    private void alter(TableInfo table, AlterTableAction action) {
        Catalog.Schema schema = catalog.schema(table.schema);
        List<ColumnInfo> previousColumns = new ArrayList<>(table.columns);
        if (action instanceof RenameTable rename) {
            checkNameFree(schema, rename.newName());
            String oldName = table.name;
            schema.tables.remove(oldName);
            table.name = rename.newName();
            schema.tables.put(table.name, table);
            environment.recordUndo(() -> {
                schema.tables.remove(table.name);
                table.name = oldName;
                schema.tables.put(oldName, table);
                catalog.bumpVersion();
            });
        } else if (action instanceof RenameColumn rename) {
            int index = table.columnIndex(rename.oldName());
            if (index < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + rename.oldName() + "\"");
            }
            if (table.columnIndex(rename.newName()) >= 0) {
                throw ErrorCode.DUPLICATE_COLUMN.exception(rename.newName(), table.name);
            }
            ColumnInfo column = table.columns.get(index);
            column.name = rename.newName();
            environment.recordUndo(() -> {
                column.name = rename.oldName();
                catalog.bumpVersion();
            });
        } else if (action instanceof AddColumn add) {
            if (table.columnIndex(add.column().name()) >= 0) {
                if (add.ifNotExists()) {
                    return;
                }
                throw ErrorCode.DUPLICATE_COLUMN.exception(add.column().name(), table.name);
            }
            ColumnInfo column = column(add.column());
            Object fill = null;
            if (column.defaultExpression != null) {
                fill = ExpressionBinder.of(new BindingContext(catalog), new Scope(List.of(), null))
                        .bind(column.defaultExpression).evaluate(null, context);
                fill = io.dosql.engine.value.Casts.assignmentCast(fill, column.type, column.name);
            }
            if (column.notNull && fill == null && table.store.rowCount() > 0 && column.identity == null) {
                throw ErrorCode.NOT_NULL_VIOLATION.exception(column.name, table.name);
            }
            rewriteRows(table, previousColumns.size(), -1, fill, column);
            table.columns.add(column);
            for (ColumnConstraint constraint : add.column().constraints()) {
                applyColumnConstraint(table, column.name, constraint);
            }
            environment.recordUndo(() -> {
                table.columns = new ArrayList<>(previousColumns);
                catalog.bumpVersion();
            });
        } else if (action instanceof DropColumn drop) {
            int index = table.columnIndex(drop.column());
            if (index < 0) {
                if (drop.ifExists()) {
                    return;
                }
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + drop.column() + "\" of relation \"" + table.name + "\"");
            }
            for (IndexInfo indexInfo : new ArrayList<>(table.indexes)) {
                for (int column : indexInfo.columns) {
                    if (column == index) {
                        table.indexes.remove(indexInfo);
                        schema.indexes.remove(indexInfo.name);
                    }
                }
            }
            rewriteRows(table, previousColumns.size(), index, null, null);
            table.columns.remove(index);
            List<IndexInfo> shiftedIndexes = new ArrayList<>(table.indexes);
            List<int[]> previousIndexColumns = new ArrayList<>();
            for (IndexInfo indexInfo : shiftedIndexes) {
                previousIndexColumns.add(indexInfo.columns);
                int[] shifted = indexInfo.columns.clone();
                for (int position = 0; position < shifted.length; position++) {
                    if (shifted[position] > index) {
                        shifted[position]--;
                    }
                }
                indexInfo.columns = shifted;
            }
            environment.recordUndo(() -> {
                table.columns = new ArrayList<>(previousColumns);
                for (int position = 0; position < shiftedIndexes.size(); position++) {
                    shiftedIndexes.get(position).columns = previousIndexColumns.get(position);
                }
                catalog.bumpVersion();
            });
        } else if (action instanceof AddConstraint add) {
            addConstraint(table, add.constraint());
        } else if (action instanceof DropConstraint drop) {
            List<CheckInfo> checksBefore = new ArrayList<>(table.checks);
            List<ForeignKeyInfo> foreignKeysBefore = new ArrayList<>(table.foreignKeys);
            List<IndexInfo> indexesBefore = new ArrayList<>(table.indexes);
            boolean removed = table.checks.removeIf(check -> check.name().equals(drop.name()))
                    | table.foreignKeys.removeIf(foreignKey -> foreignKey.name.equals(drop.name()));
            List<IndexInfo> droppedIndexes = new ArrayList<>();
            for (IndexInfo index : new ArrayList<>(table.indexes)) {
                if (index.name.equals(drop.name())) {
                    requireNoDependentForeignKey(table, index);
                    table.indexes.remove(index);
                    schema.indexes.remove(index.name);
                    droppedIndexes.add(index);
                    removed = true;
                }
            }
            if (!removed && !drop.ifExists()) {
                throw ErrorCode.UNDEFINED_OBJECT.exception("constraint \"" + drop.name() + "\" of relation \"" + table.name + "\"");
            }
            if (removed) {
                environment.recordUndo(() -> {
                    table.checks.clear();
                    table.checks.addAll(checksBefore);
                    table.foreignKeys.clear();
                    table.foreignKeys.addAll(foreignKeysBefore);
                    table.indexes.clear();
                    table.indexes.addAll(indexesBefore);
                    for (IndexInfo index : droppedIndexes) {
                        schema.indexes.put(index.name, index);
                    }
                    catalog.bumpVersion();
                });
            }
        } else if (action instanceof AlterColumn alter) {
            int index = table.columnIndex(alter.column());
            if (index < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + alter.column() + "\"");
            }
            ColumnInfo column = table.columns.get(index);
            io.dosql.parser.ast.Expression oldDefault = column.defaultExpression;
            switch (alter.change()) {
                case SET_DEFAULT -> column.defaultExpression = alter.defaultValue();
                case DROP_DEFAULT -> column.defaultExpression = null;
                case SET_NOT_NULL -> setNotNull(table, index);
                case DROP_NOT_NULL -> {
                    boolean wasNotNull = column.notNull;
                    column.notNull = false;
                    environment.recordUndo(() -> {
                        column.notNull = wasNotNull;
                        catalog.bumpVersion();
                    });
                }
                default -> throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("ALTER COLUMN TYPE");
            }
            if (column.defaultExpression != oldDefault) {
                environment.recordUndo(() -> {
                    column.defaultExpression = oldDefault;
                    catalog.bumpVersion();
                });
            }
        }
        catalog.bumpVersion();
    }

    /** Rewrites every row to add a column at the end ({@code drop} &lt; 0) or remove column {@code drop}. */
    private void rewriteRows(TableInfo table, int width, int drop, Object fill, ColumnInfo added) {
        io.dosql.engine.storage.TableCursor cursor = table.store.scan(0, table.store.rowIdLimit());
        while (cursor.next()) {
            long rowId = cursor.rowId();
            Object[] row = cursor.row();
            Object[] rewritten;
            if (drop < 0) {
                rewritten = java.util.Arrays.copyOf(row, width + 1);
                rewritten[width] = added != null && added.identity != null ? (Object) added.identity.incrementAndGet() : fill;
            } else {
                rewritten = new Object[width - 1];
                System.arraycopy(row, 0, rewritten, 0, drop);
                System.arraycopy(row, drop + 1, rewritten, drop, width - drop - 1);
            }
            table.store.update(rowId, rewritten);
            long id = rowId;
            environment.recordUndo(() -> table.store.update(id, row));
        }
    }
}
