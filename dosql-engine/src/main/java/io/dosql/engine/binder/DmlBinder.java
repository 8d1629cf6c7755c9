package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.catalog.CheckInfo;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.TableScanOperator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.CallExpression;
import io.dosql.engine.expression.ColumnRef;
import io.dosql.engine.optimizer.JoinPlanner;
import io.dosql.engine.planner.InsertPlan;
import io.dosql.engine.planner.MergePlan;
import io.dosql.engine.planner.UpdatePlan;
import io.dosql.engine.value.Casts;
import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.Assignment;
import io.dosql.parser.ast.CommonTableExpression;
import io.dosql.parser.ast.DefaultValue;
import io.dosql.parser.ast.DefaultValuesSource;
import io.dosql.parser.ast.DeleteStatement;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.InsertStatement;
import io.dosql.parser.ast.MergeStatement;
import io.dosql.parser.ast.MergeWhenClause;
import io.dosql.parser.ast.OnConflictClause;
import io.dosql.parser.ast.QualifiedName;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.QuerySource;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.UpdateStatement;
import io.dosql.parser.ast.ValuesSource;
import io.dosql.parser.ast.WithClause;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Binds INSERT, UPDATE, DELETE and MERGE into executable plans. */
public final class DmlBinder {
    private final BindingContext context;

    public DmlBinder(BindingContext context) {
        this.context = context;
    }

    private TableInfo target(QualifiedName name, int position) {
        TableInfo table = context.catalog().findTable(name.schema(), name.name());
        if (table == null) {
            if (context.catalog().findView(name.schema(), name.name()) != null) {
                throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("modifying view \"" + name.name() + "\"");
            }
            throw FromBinder.undefinedTable(name.toString(), position, context);
        }
        return table;
    }

    /** Binds CHECK constraints and column defaults of any table lazily, once per plan. */
    private io.dosql.engine.execution.TableRules tableRules() {
        Map<TableInfo, List<BoundExpression>> checks = new IdentityHashMap<>();
        Map<TableInfo, BoundExpression[]> defaults = new IdentityHashMap<>();
        return new io.dosql.engine.execution.TableRules() {
            @Override
            public List<BoundExpression> checks(TableInfo table) {
                synchronized (checks) {
                    return checks.computeIfAbsent(table, key -> {
                        Scope scope = new Scope(FromBinder.tableEntries(key, key.name, List.of()), null);
                        List<BoundExpression> bound = new ArrayList<>();
                        for (CheckInfo check : key.checks) {
                            bound.add(ExpressionBinder.of(context, scope).bindCondition(check.condition(), "CHECK"));
                        }
                        return bound;
                    });
                }
            }

            @Override
            public BoundExpression defaultOf(TableInfo table, int column) {
                synchronized (defaults) {
                    return defaults.computeIfAbsent(table, key -> {
                        BoundExpression[] bound = new BoundExpression[key.columns.size()];
                        for (int index = 0; index < bound.length; index++) {
                            ColumnInfo info = key.columns.get(index);
                            if (info.defaultExpression != null) {
                                bound[index] = assign(ExpressionBinder.of(context, new Scope(List.of(), null))
                                        .bind(info.defaultExpression), info);
                            }
                        }
                        return bound;
                    })[column];
                }
            }
        };
    }

    /** Converts {@code value} for storing in {@code column} (42804 when the types cannot be assigned). */
    BoundExpression assign(BoundExpression value, ColumnInfo column) {
        if (!Casts.canAssign(value.type(), column.type)) {
            throw ErrorCode.DATATYPE_MISMATCH.exception("column \"" + column.name + "\" is of type "
                    + column.type.displayName() + " but expression is of type " + value.type().displayName())
                    .withHint("You will need to rewrite or cast the expression.");
        }
        if (value.type().equals(column.type) && !column.type.hasPrecision()) {
            return value;
        }
        if (value instanceof io.dosql.engine.expression.ParameterRef parameter) {
            context.noteParameterType(parameter.index(), column.type);
        }
        SqlType type = column.type;
        String name = column.name;
        return ExpressionBinder.fold(CallExpression.unary("%s", type, value,
                argument -> Casts.assignmentCast(argument, type, name), true));
    }

    public InsertPlan bindInsert(InsertStatement insert, GeneratedKeys keys) {
        TableInfo table = target(insert.table(), insert.position());
        int[] targetColumns;
        if (insert.columns().isEmpty()) {
            int count = table.columns.size();
            if (insert.source() instanceof ValuesSource values && !values.rows().isEmpty()) {
                count = Math.min(count, values.rows().get(0).size());
            }
            targetColumns = java.util.stream.IntStream.range(0, count).toArray();
        } else {
            targetColumns = new int[insert.columns().size()];
            for (int index = 0; index < targetColumns.length; index++) {
                int column = table.columnIndex(insert.columns().get(index));
                if (column < 0) {
                    throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + insert.columns().get(index) + "\" of relation \""
                            + table.name + "\"");
                }
                targetColumns[index] = column;
            }
        }
        ExpressionBinder constantBinder = ExpressionBinder.of(context, new Scope(List.of(), null));
        List<List<BoundExpression>> valueRows = null;
        PhysicalOperator query = null;
        if (insert.source() instanceof ValuesSource values) {
            valueRows = new ArrayList<>();
            for (List<Expression> row : values.rows()) {
                if (row.size() > targetColumns.length) {
                    throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more expressions than target columns");
                }
                if (row.size() < targetColumns.length) {
                    throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more target columns than expressions");
                }
                List<BoundExpression> bound = new ArrayList<>();
                for (int index = 0; index < row.size(); index++) {
                    Expression expression = row.get(index);
                    bound.add(expression instanceof DefaultValue ? null
                            : assign(constantBinder.bind(expression), table.columns.get(targetColumns[index])));
                }
                valueRows.add(bound);
            }
        } else if (insert.source() instanceof DefaultValuesSource) {
            targetColumns = new int[0];
            valueRows = List.of(List.of());
        } else {
            Query sourceQuery = withStatementCtes(insert.with(), ((QuerySource) insert.source()).query());
            BoundQuery source = new QueryBinder(context).bindQuery(sourceQuery, null);
            if (source.columns().size() > targetColumns.length) {
                throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more expressions than target columns");
            }
            if (insert.columns().isEmpty()) {
                targetColumns = java.util.Arrays.copyOf(targetColumns, source.columns().size());
            } else if (source.columns().size() < targetColumns.length) {
                throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more target columns than expressions");
            }
            for (int index = 0; index < targetColumns.length; index++) {
                ColumnInfo column = table.columns.get(targetColumns[index]);
                if (!Casts.canAssign(source.columns().get(index).type(), column.type)) {
                    throw ErrorCode.DATATYPE_MISMATCH.exception("column \"" + column.name + "\" is of type "
                            + column.type.displayName() + " but expression is of type "
                            + source.columns().get(index).type().displayName());
                }
            }
            query = source.plan();
        }
        BoundExpression[] defaults = defaults(table);
        InsertPlan.ConflictAction action = switch (insert.conflictResolution()) {
            case REPLACE -> InsertPlan.ConflictAction.REPLACE;
            case IGNORE -> InsertPlan.ConflictAction.NOTHING;
            default -> InsertPlan.ConflictAction.ERROR;
        };
        IndexInfo conflictIndex = null;
        BoundExpression[] updates = null;
        BoundExpression updateWhere = null;
        String alias = insert.alias() != null ? insert.alias() : table.name;
        OnConflictClause onConflict = insert.onConflict();
        if (onConflict != null) {
            conflictIndex = conflictIndex(table, onConflict);
            if (onConflict.action() == OnConflictClause.Action.DO_NOTHING) {
                action = InsertPlan.ConflictAction.NOTHING;
            } else {
                action = InsertPlan.ConflictAction.UPDATE;
                List<Scope.Entry> entries = new ArrayList<>(FromBinder.tableEntries(table, alias, List.of()));
                entries.addAll(FromBinder.tableEntries(table, "excluded", List.of()));
                ExpressionBinder binder = ExpressionBinder.of(context, new Scope(entries, null));
                updates = bindAssignments(table, onConflict.assignments(), binder);
                if (onConflict.where() != null) {
                    updateWhere = binder.bindCondition(onConflict.where(), "WHERE");
                }
            }
        }
        List<SelectItem> returningItems = returningItems(insert.returning(), keys);
        List<BoundExpression> returning = null;
        List<ResultColumn> returningColumns = null;
        if (returningItems != null) {
            returning = new ArrayList<>();
            returningColumns = new ArrayList<>();
            bindReturning(table, alias, returningItems, returning, returningColumns);
        }
        return new InsertPlan(table, targetColumns, valueRows, query, defaults, action, conflictIndex, updates, updateWhere,
                returning, returningColumns, context.parameterTypes(), tableRules(), insert.overriding());
    }

    /** Per table column: its bound default expression (null: NULL or identity). */
    private BoundExpression[] defaults(TableInfo table) {
        ExpressionBinder constantBinder = ExpressionBinder.of(context, new Scope(List.of(), null));
        BoundExpression[] defaults = new BoundExpression[table.columns.size()];
        for (int column = 0; column < defaults.length; column++) {
            ColumnInfo info = table.columns.get(column);
            if (info.defaultExpression != null) {
                defaults[column] = assign(constantBinder.bind(info.defaultExpression), info);
            }
        }
        return defaults;
    }

    /**
     * MERGE: the source FROM item LEFT JOIN the target (with row ids) ON the condition; WHEN conditions,
     * SET and VALUES expressions read that joined row.
     */
    public MergePlan bindMerge(MergeStatement merge) {
        TableInfo table = target(merge.table(), merge.position());
        String shown = merge.alias() != null ? merge.alias() : table.name;
        FromBinder.FromResult source = new FromBinder(context, null).bind(List.of(merge.source()), null);
        List<Scope.Entry> entries = new ArrayList<>(source.scope().entries());
        int targetOffset = entries.size();
        entries.addAll(FromBinder.tableEntries(table, shown, List.of()));
        entries.add(new Scope.Entry(shown, "$rowid", SqlType.BIGINT, true, null, null, null, true));
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(entries, null));
        BoundExpression condition = binder.bindCondition(merge.condition(), "JOIN/ON");
        TableScanOperator scan = new TableScanOperator(table, shown, true, null);
        PhysicalOperator plan = JoinPlanner.joinTwo(io.dosql.engine.execution.JoinKind.LEFT, source.plan(), scan,
                condition);
        List<MergePlan.Clause> clauses = new ArrayList<>();
        for (MergeWhenClause clause : merge.clauses()) {
            BoundExpression when = clause.condition() == null ? null : binder.bindCondition(clause.condition(), "WHEN");
            MergePlan.Action action = MergePlan.Action.valueOf(clause.action().name());
            BoundExpression[] assignments = null;
            InsertPlan insert = null;
            List<BoundExpression> values = null;
            if (action == MergePlan.Action.UPDATE) {
                assignments = bindAssignments(table, clause.assignments(), binder);
            } else if (action == MergePlan.Action.INSERT) {
                int[] targetColumns = mergeInsertColumns(table, clause);
                values = new ArrayList<>();
                for (int index = 0; index < targetColumns.length; index++) {
                    Expression value = clause.insertValues().get(index);
                    values.add(value instanceof DefaultValue ? null
                            : assign(binder.bind(value), table.columns.get(targetColumns[index])));
                }
                insert = new InsertPlan(table, targetColumns, List.of(), null, defaults(table),
                        InsertPlan.ConflictAction.ERROR, null, null, null, null, null, List.of(), tableRules());
            }
            clauses.add(new MergePlan.Clause(clause.matched(), when, action, assignments, insert, values));
        }
        return new MergePlan(table, plan, targetOffset, clauses, context.parameterTypes(), tableRules());
    }

    /** The target columns of a MERGE INSERT: those named, else the first ones (as many as values); none for DEFAULT VALUES. */
    private static int[] mergeInsertColumns(TableInfo table, MergeWhenClause clause) {
        if (clause.insertValues() == null) {
            return new int[0];
        }
        int valueCount = clause.insertValues().size();
        if (clause.insertColumns().isEmpty()) {
            if (valueCount > table.columns.size()) {
                throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more expressions than target columns");
            }
            return java.util.stream.IntStream.range(0, valueCount).toArray();
        }
        if (valueCount > clause.insertColumns().size()) {
            throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more expressions than target columns");
        }
        if (valueCount < clause.insertColumns().size()) {
            throw ErrorCode.SYNTAX_ERROR.exception("INSERT has more target columns than expressions");
        }
        int[] columns = new int[valueCount];
        for (int index = 0; index < valueCount; index++) {
            String name = clause.insertColumns().get(index);
            columns[index] = table.columnIndex(name);
            if (columns[index] < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + name + "\" of relation \"" + table.name + "\"");
            }
        }
        return columns;
    }

    private static IndexInfo conflictIndex(TableInfo table, OnConflictClause onConflict) {
        if (onConflict.constraintName() != null) {
            for (IndexInfo index : table.indexes) {
                if (index.name.equals(onConflict.constraintName())) {
                    return index;
                }
            }
            throw ErrorCode.UNDEFINED_OBJECT.exception("constraint \"" + onConflict.constraintName() + "\" for table \""
                    + table.name + "\"");
        }
        if (onConflict.targetColumns().isEmpty()) {
            return null;
        }
        for (IndexInfo index : table.indexes) {
            if (!index.unique || index.columns.length != onConflict.targetColumns().size()) {
                continue;
            }
            boolean match = true;
            for (String name : onConflict.targetColumns()) {
                boolean found = false;
                for (int column : index.columns) {
                    found |= table.columns.get(column).name.equals(name);
                }
                match &= found;
            }
            if (match) {
                return index;
            }
        }
        throw ErrorCode.INVALID_COLUMN_REFERENCE.exception(
                "there is no unique or exclusion constraint matching the ON CONFLICT specification");
    }

    /** SET col = DEFAULT on an identity column: its next value, per updated row (as PostgreSQL's nextval). */
    private static BoundExpression nextIdentity(ColumnInfo info) {
        return new CallExpression("nextval(" + info.name + ")", info.type, List.of(),
                (values, unused) -> Casts.assignmentCast(info.identity.incrementAndGet(), info.type, info.name), false, true);
    }

    private BoundExpression[] bindAssignments(TableInfo table, List<Assignment> assignments, ExpressionBinder binder) {
        BoundExpression[] result = new BoundExpression[table.columns.size()];
        for (Assignment assignment : assignments) {
            int column = table.columnIndex(assignment.column());
            if (column < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + assignment.column() + "\" of relation \"" + table.name + "\"");
            }
            ColumnInfo info = table.columns.get(column);
            if (assignment.value() instanceof DefaultValue) {
                result[column] = info.identity != null ? nextIdentity(info)
                        : info.defaultExpression == null ? io.dosql.engine.expression.Literal.NULL
                        : assign(ExpressionBinder.of(context, new Scope(List.of(), null)).bind(info.defaultExpression), info);
                continue;
            }
            if (info.identity != null && info.identityAlways) {
                throw new io.dosql.core.DoSqlException(ErrorCode.GENERATED_ALWAYS,
                        "column \"" + info.name + "\" can only be updated to DEFAULT").withDetail(
                        "Column \"" + info.name + "\" is an identity column defined as GENERATED ALWAYS.");
            }
            result[column] = assign(binder.bind(assignment.value()), info);
        }
        return result;
    }

    private static List<SelectItem> returningItems(List<SelectItem> returning, GeneratedKeys keys) {
        if (!returning.isEmpty()) {
            return returning;
        }
        if (!keys.requested()) {
            return null;
        }
        if (keys.columns().isEmpty()) {
            return List.of(new AllColumns(null));
        }
        List<SelectItem> items = new ArrayList<>();
        for (String column : keys.columns()) {
            items.add(new ExpressionItem(new io.dosql.parser.ast.ColumnReference(List.of(column.toLowerCase()), 0), null));
        }
        return items;
    }

    private void bindReturning(TableInfo table, String alias, List<SelectItem> items, List<BoundExpression> returning,
                               List<ResultColumn> columns) {
        Scope scope = new Scope(FromBinder.tableEntries(table, alias, List.of()), null);
        ExpressionBinder binder = ExpressionBinder.of(context, scope);
        for (SelectItem item : items) {
            if (item instanceof AllColumns) {
                for (int index = 0; index < table.columns.size(); index++) {
                    ColumnInfo column = table.columns.get(index);
                    returning.add(new ColumnRef(index, column.type, column.name));
                    columns.add(new ResultColumn(column.name, column.type, table.schema, table.name, column.name,
                            !column.notNull));
                }
            } else {
                ExpressionItem expressionItem = (ExpressionItem) item;
                BoundExpression bound = binder.bind(expressionItem.expression());
                returning.add(bound);
                String label = expressionItem.alias() != null ? expressionItem.alias()
                        : QueryBinder.labelOf(expressionItem.expression());
                SqlType type = bound.type().kind() == io.dosql.core.TypeKind.UNKNOWN ? SqlType.TEXT : bound.type();
                columns.add(ResultColumn.computed(label, type));
            }
        }
    }

    /** UPDATE and DELETE: the target scan (with row ids) joined with FROM/USING, filtered by WHERE. */
    private record Source(TableInfo table, String alias, PhysicalOperator plan, Scope scope) {
    }

    private Source source(QualifiedName name, String alias, int position, List<io.dosql.parser.ast.TableReference> from,
                          Expression where) {
        TableInfo table = target(name, position);
        String shown = alias != null ? alias : table.name;
        List<Scope.Entry> entries = new ArrayList<>(FromBinder.tableEntries(table, shown, List.of()));
        entries.add(new Scope.Entry(shown, "$rowid", SqlType.BIGINT, true, null, null, null, true));
        TableScanOperator scan = new TableScanOperator(table, shown, true, null);
        FromBinder fromBinder = new FromBinder(context, null);
        fromBinder.addUnit(new JoinPlanner.Unit(scan, entries.size(), scan), entries);
        FromBinder.FromResult result = fromBinder.bind(from, where);
        return new Source(table, shown, result.plan(), result.scope());
    }

    public UpdatePlan bindUpdate(UpdateStatement update, GeneratedKeys keys) {
        Source source = source(update.table(), update.alias(), update.position(), update.from(), update.where());
        ExpressionBinder binder = ExpressionBinder.of(context, source.scope());
        BoundExpression[] assignments = bindAssignments(source.table(), update.assignments(), binder);
        UpdatePlan plan = finishUpdate(source, assignments, update.returning(), keys);
        return update.from().isEmpty() ? plan.withRecheck(recheck(source, update.where())) : plan;
    }

    /**
     * The WHERE condition over one target row (its columns and row id): READ COMMITTED re-evaluates it on
     * the newest version of a row that changed after the statement's snapshot, as PostgreSQL does.
     */
    private java.util.Optional<BoundExpression> recheck(Source source, io.dosql.parser.ast.Expression where) {
        return java.util.Optional.ofNullable(where == null ? null : ExpressionBinder.of(context, source.scope()).bind(where));
    }

    public UpdatePlan bindDelete(DeleteStatement delete, GeneratedKeys keys) {
        Source source = source(delete.table(), delete.alias(), delete.position(), delete.using(), delete.where());
        UpdatePlan plan = finishUpdate(source, null, delete.returning(), keys);
        return delete.using().isEmpty() ? plan.withRecheck(recheck(source, delete.where())) : plan;
    }

    private UpdatePlan finishUpdate(Source source, BoundExpression[] assignments, List<SelectItem> returningAst,
                                    GeneratedKeys keys) {
        List<SelectItem> items = returningItems(returningAst, keys);
        List<BoundExpression> returning = null;
        List<ResultColumn> columns = null;
        if (items != null) {
            returning = new ArrayList<>();
            columns = new ArrayList<>();
            bindReturning(source.table(), source.alias(), items, returning, columns);
        }
        return new UpdatePlan(source.table(), source.plan(), assignments, returning, columns, context.parameterTypes(),
                tableRules());
    }

    /**
     * {@code WITH c AS (…) INSERT … SELECT … FROM c}: the statement's CTEs are visible to the source
     * query, so they are bound as if written on it (before its own WITH entries, which may use them).
     */
    private static Query withStatementCtes(WithClause statementWith, Query query) {
        if (statementWith == null) {
            return query;
        }
        WithClause merged = statementWith;
        if (query.with() != null) {
            List<CommonTableExpression> tables = new java.util.ArrayList<>(statementWith.tables());
            tables.addAll(query.with().tables());
            merged = new WithClause(statementWith.recursive() || query.with().recursive(), tables);
        }
        return new Query(merged, query.body(), query.orderBy(), query.limit(), query.offset(), query.locking());
    }
}
