package io.dosql.engine.binder;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.catalog.ColumnInfo;
import io.dosql.engine.catalog.TableInfo;
import io.dosql.engine.catalog.ViewInfo;
import io.dosql.engine.execution.GenerateSeriesOperator;
import io.dosql.engine.execution.JoinKind;
import io.dosql.engine.execution.JsonSetOperator;
import io.dosql.engine.execution.LateralJoinOperator;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.TableScanOperator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.ColumnRef;
import io.dosql.engine.expression.ExpressionRewriter;
import io.dosql.engine.optimizer.JoinPlanner;
import io.dosql.engine.value.JsonSetFunction;
import io.dosql.parser.ast.BinaryOperation;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.FunctionTable;
import io.dosql.parser.ast.JoinedTable;
import io.dosql.parser.ast.NamedTable;
import io.dosql.parser.ast.SubqueryTable;
import io.dosql.parser.ast.TableReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a FROM clause (plus the WHERE conditions that can be pushed into it) into a plan whose rows
 * are the FROM items' columns concatenated in order, and the {@link Scope} describing them.
 */
final class FromBinder {
    /** The bound FROM clause. */
    record FromResult(PhysicalOperator plan, Scope scope, boolean correlated) {
    }

    private final BindingContext context;
    private final Scope outer;
    private final List<JoinPlanner.Unit> units = new ArrayList<>();
    private final List<Scope.Entry> entries = new ArrayList<>();
    /**
     * The order {@code *} lists {@link #entries} in, as indexes; entries appended since it was last
     * extended follow in row order ({@link #starOrder()}).
     */
    private final List<Integer> starOrder = new ArrayList<>();
    private final List<Expression> pendingConditions = new ArrayList<>();
    private final List<BoundExpression> pendingBound = new ArrayList<>();
    private final Set<String> aliases = new HashSet<>();
    private boolean correlated;
    /** Columns of FROM items to the left that an enclosing binder holds (only LATERAL items may see them). */
    private final List<Scope.Entry> leftContext;

    FromBinder(BindingContext context, Scope outer) {
        this(context, outer, List.of());
    }

    private FromBinder(BindingContext context, Scope outer, List<Scope.Entry> leftContext) {
        this.context = context;
        this.outer = outer;
        this.leftContext = List.copyOf(leftContext);
    }

    /** The columns of every FROM item left of the next one: the enclosing binders' and this one's. */
    private List<Scope.Entry> leftOfNext() {
        List<Scope.Entry> result = new ArrayList<>(leftContext);
        result.addAll(entries);
        return result;
    }

    /** Adds a pre-built first item (the target table of UPDATE/DELETE). */
    void addUnit(JoinPlanner.Unit unit, List<Scope.Entry> unitEntries) {
        units.add(unit);
        entries.addAll(unitEntries);
        if (!unitEntries.isEmpty() && unitEntries.get(0).tableAlias() != null) {
            aliases.add(unitEntries.get(0).tableAlias());
        }
    }

    FromResult bind(List<TableReference> items, Expression where) {
        for (TableReference item : items) {
            addItem(item);
        }
        Scope scope = new Scope(entries, outer, starOrder().stream().mapToInt(Integer::intValue).toArray());
        List<BoundExpression> conjuncts = new ArrayList<>(pendingBound);
        ExpressionBinder binder = ExpressionBinder.of(context, scope);
        for (Expression condition : pendingConditions) {
            ExpressionRewriter.splitConjuncts(binder.bindCondition(condition, "JOIN/ON"), conjuncts);
        }
        if (where != null) {
            ExpressionRewriter.splitConjuncts(binder.bindCondition(where, "WHERE"), conjuncts);
        }
        PhysicalOperator plan;
        if (units.isEmpty()) {
            plan = new io.dosql.engine.execution.ValuesOperator(List.of(List.of()), 0);
            if (!conjuncts.isEmpty()) {
                plan = new io.dosql.engine.execution.FilterOperator(plan, ExpressionRewriter.conjunction(conjuncts));
            }
        } else {
            plan = JoinPlanner.plan(units, conjuncts);
        }
        return new FromResult(plan, scope, correlated || scope.isCorrelated());
    }

    private void addItem(TableReference item) {
        if (item instanceof NamedTable named) {
            addNamed(named);
        } else if (item instanceof SubqueryTable subquery && !subquery.lateral()) {
            BoundQuery query = new QueryBinder(context).bindQuery(subquery.query(), Scope.forbidden(leftOfNext(), outer));
            correlated |= query.correlated();
            addDerived(query, subquery.alias(), subquery.columnAliases());
        } else if (isLateral(item)) {
            addLateral(item);
        } else if (item instanceof JoinedTable joined) {
            addJoin(joined);
        } else {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(item.getClass().getSimpleName());
        }
    }

    /** A LATERAL subquery, or a function in FROM (which may always see the items to its left, as in PostgreSQL). */
    private static boolean isLateral(TableReference item) {
        return item instanceof FunctionTable || item instanceof SubqueryTable subquery && subquery.lateral();
    }

    /** A bound LATERAL item: its plan (which may read the left row as its outer row) and its columns. */
    private record LateralItem(PhysicalOperator plan, List<Scope.Entry> entries) {
    }

    private LateralItem bindLateralItem(TableReference item, Scope lateral) {
        if (item instanceof SubqueryTable subquery) {
            BoundQuery query = new QueryBinder(context).bindQuery(subquery.query(), lateral);
            if (subquery.alias() != null) {
                checkAlias(subquery.alias());
            }
            return new LateralItem(query.plan(), derivedEntries(query, subquery.alias(), subquery.columnAliases()));
        }
        return bindFunction((FunctionTable) item, lateral);
    }

    /**
     * A LATERAL item in a FROM list or inner join: when it reads the items to its left, everything so far
     * becomes the left side of a {@link LateralJoinOperator}; otherwise it is an ordinary FROM item.
     */
    private void addLateral(TableReference item) {
        Scope forbidden = Scope.forbidden(leftContext, outer);
        if (entries.isEmpty()) {
            LateralItem bound = bindLateralItem(item, forbidden);
            units.add(new JoinPlanner.Unit(bound.plan(), bound.entries().size(), null));
            entries.addAll(bound.entries());
            return;
        }
        Scope lateral = new Scope(entries, forbidden);
        LateralItem bound = bindLateralItem(item, lateral);
        if (!lateral.isReferenced() && !lateral.isCorrelated()) {
            // Reads nothing through the lateral level, so no row needs pushing for it.
            units.add(new JoinPlanner.Unit(bound.plan(), bound.entries().size(), null));
            entries.addAll(bound.entries());
            return;
        }
        correlated |= lateral.isCorrelated();
        PhysicalOperator left = planSoFar();
        units.clear();
        units.add(new JoinPlanner.Unit(new LateralJoinOperator(JoinKind.INNER, left, bound.plan(), null),
                entries.size() + bound.entries().size(), null));
        entries.addAll(bound.entries());
    }

    /** Joins the items bound so far under the join conditions seen so far (they read only those items). */
    private PhysicalOperator planSoFar() {
        Scope scope = new Scope(entries, outer);
        List<BoundExpression> conjuncts = new ArrayList<>(pendingBound);
        ExpressionBinder binder = ExpressionBinder.of(context, scope);
        for (Expression condition : pendingConditions) {
            ExpressionRewriter.splitConjuncts(binder.bindCondition(condition, "JOIN/ON"), conjuncts);
        }
        correlated |= scope.isCorrelated();
        pendingBound.clear();
        pendingConditions.clear();
        return JoinPlanner.plan(units, conjuncts);
    }

    private void checkAlias(String alias) {
        if (!aliases.add(alias)) {
            throw ErrorCode.DUPLICATE_ALIAS.exception(alias);
        }
    }

    /**
     * A view's query, bound as at its creation: through the search_path then in effect, and without the
     * using query's WITH names (a CTE named like one of the view's tables must not replace it).
     */
    private BoundQuery bindView(ViewInfo view) {
        List<BindingContext.CteFrame> usingQueryCtes = new ArrayList<>(context.cteFrames);
        context.cteFrames.clear();
        try {
            return io.dosql.engine.catalog.Catalog.withSearchPath(view.searchPath(),
                    () -> new QueryBinder(context).bindQuery(view.query(), null));
        } finally {
            context.cteFrames.clear();
            context.cteFrames.addAll(usingQueryCtes);
        }
    }

    private void addNamed(NamedTable named) {
        String name = named.name().name();
        String alias = named.alias() != null ? named.alias() : name;
        if (named.name().schema() == null) {
            BindingContext.CteBinding cte = context.findCte(name);
            if (cte != null) {
                checkAlias(alias);
                List<Scope.Entry> cteEntries = new ArrayList<>();
                for (int index = 0; index < cte.columnNames().size(); index++) {
                    String columnName = index < named.columnAliases().size() ? named.columnAliases().get(index)
                            : cte.columnNames().get(index);
                    cteEntries.add(new Scope.Entry(alias, columnName, cte.columnTypes().get(index), false, null, null,
                            null, false));
                }
                units.add(new JoinPlanner.Unit(cte.plan(), cteEntries.size(), null));
                entries.addAll(cteEntries);
                return;
            }
        }
        if (io.dosql.engine.catalog.InformationSchema.SCHEMA.equals(named.name().schema())
                && context.catalog().schema(io.dosql.engine.catalog.InformationSchema.SCHEMA) == null) {
            io.dosql.engine.catalog.InformationSchema.View system = io.dosql.engine.catalog.InformationSchema.view(name);
            if (system == null) {
                throw undefinedTable(named.name().toString(), named.position(), context);
            }
            checkAlias(alias);
            List<Scope.Entry> systemEntries = new ArrayList<>();
            for (int index = 0; index < system.columnNames().size(); index++) {
                String columnName = index < named.columnAliases().size() ? named.columnAliases().get(index)
                        : system.columnNames().get(index);
                systemEntries.add(new Scope.Entry(alias, columnName, system.columnTypes().get(index), false,
                        io.dosql.engine.catalog.InformationSchema.SCHEMA, name, system.columnNames().get(index), false));
            }
            units.add(new JoinPlanner.Unit(new io.dosql.engine.execution.SystemViewOperator(system),
                    systemEntries.size(), null));
            entries.addAll(systemEntries);
            return;
        }
        TableInfo table = context.catalog().findTable(named.name().schema(), name);
        if (table == null) {
            ViewInfo view = context.catalog().findView(named.name().schema(), name);
            if (view != null) {
                BoundQuery query = bindView(view);
                List<String> columnAliases = new ArrayList<>(view.columnNames());
                for (int index = 0; index < named.columnAliases().size(); index++) {
                    if (index < columnAliases.size()) {
                        columnAliases.set(index, named.columnAliases().get(index));
                    } else {
                        columnAliases.add(named.columnAliases().get(index));
                    }
                }
                addDerived(query, alias, columnAliases);
                return;
            }
            throw undefinedTable(named.name().toString(), named.position(), context);
        }
        checkAlias(alias);
        List<Scope.Entry> tableEntries = tableEntries(table, alias, named.columnAliases());
        boolean withRowId = table == context.rowIdsOf;
        if (withRowId) {
            tableEntries = new ArrayList<>(tableEntries);
            tableEntries.add(new Scope.Entry(alias, "$rowid", io.dosql.core.SqlType.BIGINT, true, null, null, null, true));
        }
        TableScanOperator scan = new TableScanOperator(table, alias, withRowId, null);
        units.add(new JoinPlanner.Unit(scan, tableEntries.size(), scan));
        entries.addAll(tableEntries);
    }

    static DoSqlException undefinedTable(String name, int position, BindingContext context) {
        DoSqlException failure = ErrorCode.UNDEFINED_TABLE.exception(name).withPosition(position);
        String closest = Names.closest(name, context.catalog().tableNames());
        if (closest != null && !closest.equals(name)) {
            failure = failure.withHint("Perhaps you meant to reference the table \"" + closest + "\".");
        }
        return failure;
    }

    static List<Scope.Entry> tableEntries(TableInfo table, String alias, List<String> columnAliases) {
        List<Scope.Entry> result = new ArrayList<>();
        for (int index = 0; index < table.columns.size(); index++) {
            ColumnInfo column = table.columns.get(index);
            String name = index < columnAliases.size() ? columnAliases.get(index) : column.name;
            result.add(new Scope.Entry(alias, name, column.type, false, table.schema, table.name, column.name,
                    column.notNull));
        }
        return result;
    }

    private void addDerived(BoundQuery query, String alias, List<String> columnAliases) {
        if (alias != null) {
            checkAlias(alias);
        }
        List<Scope.Entry> derived = derivedEntries(query, alias, columnAliases);
        units.add(new JoinPlanner.Unit(query.plan(), derived.size(), null));
        entries.addAll(derived);
    }

    private static List<Scope.Entry> derivedEntries(BoundQuery query, String alias, List<String> columnAliases) {
        List<Scope.Entry> derived = new ArrayList<>();
        for (int index = 0; index < query.columns().size(); index++) {
            ResultColumn column = query.columns().get(index);
            String name = index < columnAliases.size() ? columnAliases.get(index) : column.label();
            derived.add(new Scope.Entry(alias, name, column.type(), false, column.schemaName(), column.tableName(),
                    column.columnName(), !column.nullable()));
        }
        return derived;
    }

    /** A set-returning function in FROM; its arguments may read {@code argumentScope} (the items to its left). */
    private LateralItem bindFunction(FunctionTable function, Scope argumentScope) {
        String name = function.function().name().name();
        JsonSetFunction.Binding json = function.function().name().parts().size() == 1
                ? JsonSetFunction.lookup(name) : null;
        if (json != null) {
            return bindJsonFunction(function, json, argumentScope);
        }
        if (!name.equals("generate_series")) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("set-returning function " + name + " in FROM");
        }
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(List.of(), argumentScope));
        List<BoundExpression> arguments = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        for (Expression argument : function.function().arguments()) {
            BoundExpression bound = binder.bind(argument);
            arguments.add(bound);
            types.add(bound.type());
        }
        SqlType type = io.dosql.engine.value.TypeCoercion.commonType(types, "generate_series");
        if (type.kind() == io.dosql.core.TypeKind.SMALLINT || type.kind() == io.dosql.core.TypeKind.TEXT) {
            type = SqlType.INTEGER;
        }
        List<BoundExpression> castArguments = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            castArguments.add(binder.cast(argument, type));
        }
        String alias = function.alias() != null ? function.alias() : name;
        checkAlias(alias);
        String columnName = function.columnAliases().isEmpty() ? alias : function.columnAliases().get(0);
        return new LateralItem(new GenerateSeriesOperator(castArguments, type),
                List.of(new Scope.Entry(alias, columnName, type, false, null, null, null, true)));
    }

    /** jsonb_each(…) and the like in FROM: the column aliases rename its columns. */
    private LateralItem bindJsonFunction(FunctionTable function, JsonSetFunction.Binding json, Scope argumentScope) {
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(List.of(), argumentScope));
        BoundExpression argument = JsonSetFunctionBinder.argument(json, function.function(), binder);
        String alias = function.alias() != null ? function.alias() : json.name();
        checkAlias(alias);
        List<String> names = new ArrayList<>(json.columnNames());
        if (function.columnAliases().size() > names.size()) {
            throw ErrorCode.INVALID_COLUMN_REFERENCE.exception("table \"" + alias + "\" has " + names.size()
                    + " columns available but " + function.columnAliases().size() + " columns specified");
        }
        if (json.function() == JsonSetFunction.OBJECT_KEYS && function.alias() != null) {
            // A function without OUT parameters names its one column after the alias, as PostgreSQL does.
            names.set(0, alias);
        }
        List<Scope.Entry> entries = new ArrayList<>();
        for (int index = 0; index < names.size(); index++) {
            String column = index < function.columnAliases().size() ? function.columnAliases().get(index)
                    : names.get(index);
            entries.add(new Scope.Entry(alias, column, json.columnTypes().get(index), false, null, null,
                    names.size() == 1 ? Scope.FUNCTION_VALUE : null, false));
        }
        return new LateralItem(new JsonSetOperator(json, argument), entries);
    }

    private void addJoin(JoinedTable joined) {
        JoinedTable.JoinType type = joined.type();
        if (type == JoinedTable.JoinType.INNER || type == JoinedTable.JoinType.CROSS) {
            int leftStart = entries.size();
            addItem(joined.left());
            int rightStart = entries.size();
            addItem(joined.right());
            List<String> using = usingColumns(joined, entries.subList(leftStart, rightStart),
                    entries.subList(rightStart, entries.size()));
            if (!using.isEmpty()) {
                usingPairs = new ArrayList<>();
                pendingBound.addAll(usingConditions(using, leftStart, rightStart, entries.size(), JoinKind.INNER));
                List<Integer> order = starOrder();
                List<Integer> span = usingFirst(order.subList(leftStart, order.size()), usingPairs, JoinKind.INNER);
                usingPairs = null;
                order.subList(leftStart, order.size()).clear();
                order.addAll(span);
            } else if (joined.condition() != null) {
                pendingConditions.add(joined.condition());
            }
            return;
        }
        FromResult left = new FromBinder(context, outer, leftOfNext()).bind(List.of(joined.left()), null);
        List<Scope.Entry> rightContext = leftOfNext();
        rightContext.addAll(left.scope().entries());
        if (isLateral(joined.right()) && addLateralJoin(joined, left)) {
            return;
        }
        FromResult right = new FromBinder(context, outer, rightContext).bind(List.of(joined.right()), null);
        correlated |= left.correlated() || right.correlated();
        List<Scope.Entry> local = new ArrayList<>(left.scope().entries());
        int rightStart = local.size();
        local.addAll(right.scope().entries());
        for (Scope.Entry entry : local) {
            if (entry.tableAlias() != null) {
                checkAlias(entry.tableAlias());
                break;
            }
        }
        JoinKind kind = switch (type) {
            case LEFT -> JoinKind.LEFT;
            case RIGHT -> JoinKind.RIGHT;
            default -> JoinKind.FULL;
        };
        List<String> using = usingColumns(joined, left.scope().entries(), right.scope().entries());
        BoundExpression condition;
        List<Scope.Entry> joinedEntries = local;
        List<int[]> pairs = List.of();
        if (!using.isEmpty()) {
            List<BoundExpression> equalities = new ArrayList<>();
            Scope tempScope = new Scope(local, outer);
            usingPairs = new ArrayList<>();
            entriesBuffer = local;
            equalities.addAll(usingConditions(using, 0, rightStart, local.size(), kind));
            joinedEntries = entriesBuffer;
            entriesBuffer = null;
            pairs = usingPairs;
            usingPairs = null;
            condition = ExpressionRewriter.conjunction(equalities);
            if (tempScope.isCorrelated()) {
                correlated = true;
            }
        } else {
            Scope localScope = new Scope(local, outer);
            condition = joined.condition() == null ? null
                    : ExpressionBinder.of(context, localScope).bindCondition(joined.condition(), "JOIN/ON");
            correlated |= localScope.isCorrelated();
        }
        PhysicalOperator plan = JoinPlanner.joinTwo(kind, left.plan(), right.plan(), condition);
        List<Integer> localOrder = new ArrayList<>();
        for (int index : left.scope().starOrder()) {
            localOrder.add(index);
        }
        for (int index : right.scope().starOrder()) {
            localOrder.add(rightStart + index);
        }
        if (kind == JoinKind.FULL && !using.isEmpty()) {
            List<Scope.Entry> merged = new ArrayList<>();
            plan = mergeUsingColumns(plan, using, pairs, rightStart, joinedEntries, merged);
            joinedEntries = merged;
            // the merged columns come first in the row (and so for *), each side's columns after them
            List<Integer> shifted = new ArrayList<>();
            for (int index = 0; index < using.size(); index++) {
                shifted.add(index);
            }
            for (int index : localOrder) {
                shifted.add(using.size() + index);
            }
            localOrder = shifted;
        } else if (!using.isEmpty()) {
            localOrder = usingFirst(localOrder, pairs, kind);
        }
        int offset = entries.size();
        List<Integer> order = starOrder();
        for (int index : localOrder) {
            order.add(offset + index);
        }
        units.add(new JoinPlanner.Unit(plan, joinedEntries.size(), null));
        entries.addAll(joinedEntries);
    }

    /**
     * {@code left LEFT|RIGHT|FULL JOIN LATERAL right}: false when the right item reads nothing of the left
     * (then it is an ordinary join); RIGHT and FULL joins cannot carry a LATERAL reference (42P10).
     */
    private boolean addLateralJoin(JoinedTable joined, FromResult left) {
        Set<String> aliasesBefore = new HashSet<>(aliases);
        Scope lateral = new Scope(left.scope().entries(), Scope.forbidden(leftOfNext(), outer));
        LateralItem right = bindLateralItem(joined.right(), lateral);
        if (!lateral.isReferenced() && !lateral.isCorrelated()) {
            // Bound again below as an ordinary item; forget the alias this binding registered.
            aliases.retainAll(aliasesBefore);
            return false;
        }
        if (joined.type() != JoinedTable.JoinType.LEFT) {
            throw ErrorCode.INVALID_COLUMN_REFERENCE.exception("invalid reference to FROM-clause entry for table \""
                    + lateral.referencedTable() + "\"").withDetail(
                    "The combining JOIN type must be INNER or LEFT for a LATERAL reference.");
        }
        if (!joined.usingColumns().isEmpty() || joined.natural()) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("LEFT JOIN LATERAL with USING or NATURAL");
        }
        correlated |= left.correlated() || lateral.isCorrelated();
        for (Scope.Entry entry : left.scope().entries()) {
            if (entry.tableAlias() != null) {
                checkAlias(entry.tableAlias());
                break;
            }
        }
        List<Scope.Entry> local = new ArrayList<>(left.scope().entries());
        local.addAll(right.entries());
        Scope localScope = new Scope(local, outer);
        BoundExpression condition = joined.condition() == null ? null
                : ExpressionBinder.of(context, localScope).bindCondition(joined.condition(), "JOIN/ON");
        if (condition instanceof io.dosql.engine.expression.Literal literal && Boolean.TRUE.equals(literal.value())) {
            condition = null; // ON true: every right row matches
        }
        correlated |= localScope.isCorrelated();
        units.add(new JoinPlanner.Unit(new LateralJoinOperator(JoinKind.LEFT, left.plan(), right.plan(), condition),
                local.size(), null));
        entries.addAll(local);
        return true;
    }

    /**
     * FULL JOIN USING: each USING column becomes one column COALESCE(left.c, right.c) placed first (as
     * PostgreSQL does), since either side may be the NULL-extended one; both copies stay reachable qualified.
     */
    private PhysicalOperator mergeUsingColumns(PhysicalOperator join, List<String> using, List<int[]> pairs,
                                               int rightStart, List<Scope.Entry> joinedEntries, List<Scope.Entry> merged) {
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(List.of(), null));
        List<BoundExpression> outputs = new ArrayList<>();
        for (int position = 0; position < using.size(); position++) {
            String name = using.get(position);
            int leftIndex = pairs.get(position)[0];
            int rightIndex = pairs.get(position)[1];
            Scope.Entry leftEntry = joinedEntries.get(leftIndex);
            Scope.Entry rightEntry = joinedEntries.get(rightIndex);
            SqlType type = io.dosql.engine.value.TypeCoercion.commonType(
                    List.of(leftEntry.type(), rightEntry.type()), "JOIN/USING");
            outputs.add(new io.dosql.engine.expression.CoalesceExpression(type, List.of(
                    binder.cast(new ColumnRef(leftIndex, leftEntry.type(), qualified(leftEntry)), type),
                    binder.cast(new ColumnRef(rightIndex, rightEntry.type(), qualified(rightEntry)), type))));
            merged.add(new Scope.Entry(null, name, type, false, null, null, null, false));
        }
        for (int index = 0; index < joinedEntries.size(); index++) {
            Scope.Entry entry = joinedEntries.get(index);
            outputs.add(new ColumnRef(index, entry.type(), qualified(entry)));
            boolean usingCopy = false;
            for (int[] pair : pairs) {
                usingCopy |= pair[0] == index;
            }
            merged.add(usingCopy ? new Scope.Entry(entry.tableAlias(), entry.name(), entry.type(), true,
                    entry.schemaName(), entry.tableName(), entry.columnName(), entry.notNull()) : entry);
        }
        return new io.dosql.engine.execution.ProjectOperator(join, outputs);
    }

    /** {@link #starOrder} extended to every entry appended so far. */
    private List<Integer> starOrder() {
        for (int index = starOrder.size(); index < entries.size(); index++) {
            starOrder.add(index);
        }
        return starOrder;
    }

    /**
     * {@code order} with the USING columns' visible copies (the right-hand one in a RIGHT JOIN) moved to the
     * front in USING order; PostgreSQL's {@code *} lists them before either side's other columns.
     */
    private static List<Integer> usingFirst(List<Integer> order, List<int[]> pairs, JoinKind kind) {
        List<Integer> result = new ArrayList<>();
        for (int[] pair : pairs) {
            result.add(kind == JoinKind.RIGHT ? pair[1] : pair[0]);
        }
        for (int index : order) {
            if (!result.contains(index)) {
                result.add(index);
            }
        }
        return result;
    }

    /** When non-null, {@link #usingConditions} records each USING column's {left, right} index here. */
    private List<int[]> usingPairs;

    /** When non-null, {@link #usingConditions} edits this list instead of {@link #entries}. */
    private List<Scope.Entry> entriesBuffer;

    private static List<String> usingColumns(JoinedTable joined, List<Scope.Entry> left, List<Scope.Entry> right) {
        if (!joined.usingColumns().isEmpty()) {
            return joined.usingColumns();
        }
        if (!joined.natural()) {
            return List.of();
        }
        List<String> common = new ArrayList<>();
        for (Scope.Entry entry : left) {
            if (entry.hidden()) {
                continue;
            }
            for (Scope.Entry other : right) {
                if (!other.hidden() && other.name().equals(entry.name()) && !common.contains(entry.name())) {
                    common.add(entry.name());
                }
            }
        }
        return common;
    }

    /** Equalities for USING columns (global indexes); hides the right-hand copies from * and plain names. */
    private List<BoundExpression> usingConditions(List<String> using, int leftStart, int rightStart, int end, JoinKind kind) {
        List<Scope.Entry> list = entriesBuffer != null ? entriesBuffer : entries;
        List<BoundExpression> result = new ArrayList<>();
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(List.of(), null));
        for (String name : using) {
            int leftIndex = find(list, name, leftStart, rightStart);
            int rightIndex = find(list, name, rightStart, end);
            if (leftIndex < 0 || rightIndex < 0) {
                throw ErrorCode.UNDEFINED_COLUMN.exception("\"" + name + "\" specified in USING clause");
            }
            Scope.Entry leftEntry = list.get(leftIndex);
            Scope.Entry rightEntry = list.get(rightIndex);
            if (usingPairs != null) {
                usingPairs.add(new int[] {leftIndex, rightIndex});
            }
            result.add(binder.binary(BinaryOperation.Operator.EQUAL,
                    new ColumnRef(leftIndex, leftEntry.type(), qualified(leftEntry)),
                    new ColumnRef(rightIndex, rightEntry.type(), qualified(rightEntry))));
            int hide = kind == JoinKind.RIGHT ? leftIndex : rightIndex;
            Scope.Entry hidden = list.get(hide);
            list.set(hide, new Scope.Entry(hidden.tableAlias(), hidden.name(), hidden.type(), true, hidden.schemaName(),
                    hidden.tableName(), hidden.columnName(), hidden.notNull()));
        }
        return result;
    }

    private static String qualified(Scope.Entry entry) {
        return entry.tableAlias() == null ? entry.name() : entry.tableAlias() + "." + entry.name();
    }

    private static int find(List<Scope.Entry> list, String name, int from, int to) {
        for (int index = from; index < to; index++) {
            if (list.get(index).name().equals(name) && !list.get(index).hidden()) {
                return index;
            }
        }
        return -1;
    }
}
