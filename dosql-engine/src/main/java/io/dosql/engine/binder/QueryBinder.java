package io.dosql.engine.binder;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.execution.DistinctOperator;
import io.dosql.engine.execution.FilterOperator;
import io.dosql.engine.execution.HashAggregateOperator;
import io.dosql.engine.execution.LimitOperator;
import io.dosql.engine.execution.MaterializedOperator;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.ProjectOperator;
import io.dosql.engine.execution.SetOperationOperator;
import io.dosql.engine.execution.SortKey;
import io.dosql.engine.execution.SortOperator;
import io.dosql.engine.execution.ValuesOperator;
import io.dosql.engine.execution.WorkTableScanOperator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.ColumnRef;
import io.dosql.engine.expression.ExpressionRewriter;
import io.dosql.engine.expression.PlaceholderExpression;
import io.dosql.engine.value.TypeCoercion;
import io.dosql.parser.ast.AllColumns;
import io.dosql.parser.ast.CaseExpression;
import io.dosql.parser.ast.Cast;
import io.dosql.parser.ast.CollateExpression;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.CommonTableExpression;
import io.dosql.parser.ast.Exists;
import io.dosql.parser.ast.Expression;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.IntegerLiteral;
import io.dosql.parser.ast.OrderItem;
import io.dosql.parser.ast.Query;
import io.dosql.parser.ast.QueryBody;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.SetOperation;
import io.dosql.parser.ast.TypedLiteral;
import io.dosql.parser.ast.ValuesBody;
import io.dosql.parser.ast.WithClause;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds and plans queries: WITH, SELECT (FROM/WHERE through {@link FromBinder}, grouping, select list,
 * DISTINCT [ON], ORDER BY, LIMIT), VALUES and set operations.
 */
public final class QueryBinder {
    private final BindingContext context;

    public QueryBinder(BindingContext context) {
        this.context = context;
    }

    public BoundQuery bindQuery(Query query, Scope outer) {
        int frames = context.cteFrames.size();
        try {
            boolean correlatedCtes = false;
            if (query.with() != null) {
                correlatedCtes = bindWith(query.with(), outer);
            }
            BoundQuery result;
            if (query.body() instanceof SelectCore core) {
                result = bindSelect(core, query.orderBy(), query.limit(), query.offset(), outer);
            } else {
                result = orderAndLimit(bindBody(query.body(), outer), query, outer);
            }
            return correlatedCtes ? new BoundQuery(result.plan(), result.columns(), true) : result;
        } finally {
            while (context.cteFrames.size() > frames) {
                context.cteFrames.remove(context.cteFrames.size() - 1);
            }
        }
    }

    BoundQuery bindBody(QueryBody body, Scope outer) {
        if (body instanceof SelectCore core) {
            return bindSelect(core, List.of(), null, null, outer);
        }
        if (body instanceof Query query) {
            return bindQuery(query, outer);
        }
        if (body instanceof ValuesBody values) {
            return bindValues(values.rows(), outer);
        }
        if (body instanceof SetOperation operation) {
            return bindSetOperation(operation, outer);
        }
        throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(body.getClass().getSimpleName());
    }

    private boolean bindWith(WithClause with, Scope outer) {
        BindingContext.CteFrame frame = new BindingContext.CteFrame();
        context.cteFrames.add(frame);
        boolean correlated = false;
        for (CommonTableExpression cte : with.tables()) {
            QueryBody body = cte.query().body();
            if (with.recursive() && body instanceof SetOperation union && union.operator() == SetOperation.Operator.UNION
                    && cte.query().orderBy().isEmpty()) {
                BoundQuery anchor = bindBody(union.left(), outer);
                List<String> names = columnNames(cte, anchor);
                List<SqlType> types = new ArrayList<>();
                for (ResultColumn column : anchor.columns()) {
                    types.add(column.type());
                }
                Object workKey = new Object();
                frame.ctes.put(cte.name(), new BindingContext.CteBinding(cte.name(),
                        new WorkTableScanOperator(cte.name(), workKey, names.size()), names, types));
                BoundQuery recursive = bindBody(union.right(), outer);
                if (recursive.columns().size() != names.size()) {
                    throw ErrorCode.SYNTAX_ERROR.exception("each UNION query must have the same number of columns");
                }
                PhysicalOperator recursivePlan = castColumns(recursive, types);
                MaterializedOperator plan = new MaterializedOperator(cte.name(), anchor.plan(), recursivePlan, union.all(),
                        workKey, names.size());
                frame.ctes.put(cte.name(), new BindingContext.CteBinding(cte.name(), plan, names, types));
                correlated |= anchor.correlated() || recursive.correlated();
            } else {
                BoundQuery query = bindQuery(cte.query(), outer);
                List<String> names = columnNames(cte, query);
                List<SqlType> types = new ArrayList<>();
                for (ResultColumn column : query.columns()) {
                    types.add(column.type());
                }
                MaterializedOperator plan = new MaterializedOperator(cte.name(), query.plan(), null, true, null, names.size());
                frame.ctes.put(cte.name(), new BindingContext.CteBinding(cte.name(), plan, names, types));
                correlated |= query.correlated();
            }
        }
        return correlated;
    }

    private static List<String> columnNames(CommonTableExpression cte, BoundQuery query) {
        List<String> names = new ArrayList<>();
        for (int index = 0; index < query.columns().size(); index++) {
            names.add(index < cte.columnNames().size() ? cte.columnNames().get(index) : query.columns().get(index).label());
        }
        return names;
    }

    /** Wraps the query's plan in casts to {@code types} where its column types differ. */
    private PhysicalOperator castColumns(BoundQuery query, List<SqlType> types) {
        boolean needed = false;
        List<BoundExpression> columns = new ArrayList<>();
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(List.of(), null));
        for (int index = 0; index < types.size(); index++) {
            SqlType from = query.columns().get(index).type();
            ColumnRef ref = new ColumnRef(index, from, query.columns().get(index).label());
            BoundExpression cast = binder.cast(ref, types.get(index));
            needed |= cast != ref;
            columns.add(cast);
        }
        return needed ? new ProjectOperator(query.plan(), columns) : query.plan();
    }

    private BoundQuery bindValues(List<List<Expression>> rows, Scope outer) {
        Scope scope = new Scope(List.of(), outer);
        ExpressionBinder binder = ExpressionBinder.of(context, scope);
        List<List<BoundExpression>> bound = new ArrayList<>();
        int width = rows.get(0).size();
        for (List<Expression> row : rows) {
            if (row.size() != width) {
                throw ErrorCode.SYNTAX_ERROR.exception("VALUES lists must all be the same length");
            }
            List<BoundExpression> values = new ArrayList<>();
            for (Expression expression : row) {
                values.add(binder.bind(expression));
            }
            bound.add(values);
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            List<SqlType> types = new ArrayList<>();
            for (List<BoundExpression> row : bound) {
                types.add(row.get(column).type());
            }
            SqlType type = TypeCoercion.commonType(types, "VALUES");
            for (List<BoundExpression> row : bound) {
                row.set(column, binder.cast(row.get(column), type));
            }
            columns.add(ResultColumn.computed("column" + (column + 1), type));
        }
        return new BoundQuery(new ValuesOperator(bound, width), columns, scope.isCorrelated());
    }

    private BoundQuery bindSetOperation(SetOperation operation, Scope outer) {
        BoundQuery left = bindBody(operation.left(), outer);
        BoundQuery right = bindBody(operation.right(), outer);
        String name = operation.operator().name();
        if (left.columns().size() != right.columns().size()) {
            throw ErrorCode.SYNTAX_ERROR.exception("each " + name + " query must have the same number of columns");
        }
        List<SqlType> types = new ArrayList<>();
        List<ResultColumn> columns = new ArrayList<>();
        for (int index = 0; index < left.columns().size(); index++) {
            SqlType type = TypeCoercion.commonType(List.of(left.columns().get(index).type(),
                    right.columns().get(index).type()), name);
            types.add(type);
            ResultColumn column = left.columns().get(index);
            columns.add(new ResultColumn(column.label(), type, null, null, null, true));
        }
        SetOperationOperator.Kind kind = SetOperationOperator.Kind.valueOf(name);
        PhysicalOperator plan = new SetOperationOperator(kind, operation.all(), castColumns(left, types),
                castColumns(right, types));
        return new BoundQuery(plan, columns, left.correlated() || right.correlated());
    }

    /** ORDER BY / LIMIT over a VALUES or set-operation body: keys are output columns or expressions over them. */
    private BoundQuery orderAndLimit(BoundQuery body, Query query, Scope outer) {
        PhysicalOperator plan = body.plan();
        if (!query.orderBy().isEmpty()) {
            List<Scope.Entry> entries = new ArrayList<>();
            for (ResultColumn column : body.columns()) {
                entries.add(new Scope.Entry(null, column.label(), column.type(), false, null, null, null, false));
            }
            ExpressionBinder binder = ExpressionBinder.of(context, new Scope(entries, outer));
            List<SortKey> keys = new ArrayList<>();
            for (OrderItem item : query.orderBy()) {
                BoundExpression key;
                if (item.expression() instanceof IntegerLiteral literal) {
                    int position = (int) literal.value();
                    if (position < 1 || position > entries.size()) {
                        throw ErrorCode.INVALID_COLUMN_REFERENCE.exception("ORDER BY position " + position
                                + " is not in select list");
                    }
                    key = new ColumnRef(position - 1, entries.get(position - 1).type(), entries.get(position - 1).name());
                } else {
                    key = binder.bind(item.expression());
                }
                keys.add(sortKey(key, item));
            }
            plan = new SortOperator(plan, keys, limitExpression(query.limit(), outer), limitExpression(query.offset(), outer));
        }
        plan = applyLimit(plan, query.limit(), query.offset(), outer);
        return new BoundQuery(plan, body.columns(), body.correlated());
    }

    private static SortKey sortKey(BoundExpression key, OrderItem item) {
        boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : !item.ascending();
        return new SortKey(key, item.ascending(), nullsFirst);
    }

    private PhysicalOperator applyLimit(PhysicalOperator plan, Expression limit, Expression offset, Scope outer) {
        if (limit == null && offset == null) {
            return plan;
        }
        return new LimitOperator(plan, limitExpression(limit, outer), limitExpression(offset, outer));
    }

    /** A LIMIT or OFFSET expression (bigint), or null. */
    public BoundExpression bindLimit(Expression expression) {
        return limitExpression(expression, null);
    }

    private BoundExpression limitExpression(Expression expression, Scope outer) {
        if (expression == null) {
            return null;
        }
        ExpressionBinder binder = ExpressionBinder.of(context, new Scope(List.of(), outer));
        return binder.cast(binder.bind(expression), SqlType.BIGINT);
    }

    /** One select-list output before grouping: its expression, label and source column. */
    private record Output(BoundExpression expression, String label, Scope.Entry source) {
    }

    private BoundQuery bindSelect(SelectCore core, List<OrderItem> orderBy, Expression limit, Expression offset,
                                  Scope outer) {
        SelectListSetFunctions.Extraction setFunction = SelectListSetFunctions.extract(core, context);
        if (setFunction != null) {
            core = setFunction.core();
        }
        FromBinder.FromResult from = new FromBinder(context, outer).bind(core.from(), core.where());
        Scope scope = from.scope();
        PhysicalOperator plan = from.plan();
        if (setFunction != null) {
            plan = SelectListSetFunctions.apply(setFunction, plan, scope, scope.entries(), context);
        }
        AggregateCollector aggregates = new AggregateCollector();
        WindowCollector windows = new WindowCollector(core.windows());
        ExpressionBinder binder = new ExpressionBinder(context, scope, aggregates, windows);

        List<Output> outputs = new ArrayList<>();
        for (SelectItem item : core.items()) {
            if (item instanceof AllColumns all) {
                expandStar(all, scope, outputs);
            } else {
                ExpressionItem expressionItem = (ExpressionItem) item;
                BoundExpression bound = binder.bind(expressionItem.expression());
                if (bound instanceof io.dosql.engine.expression.ParameterRef parameter
                        && context.parameterHint(parameter.index()) != null) {
                    // A bare parameter in the select list: typed by its value, as pgjdbc types it for PostgreSQL.
                    bound = binder.cast(bound, context.parameterHint(parameter.index()));
                }
                String label = expressionItem.alias() != null ? expressionItem.alias() : labelOf(expressionItem.expression());
                Scope.Entry source = bound instanceof ColumnRef ref ? scope.entries().get(ref.index()) : null;
                outputs.add(new Output(bound, label, source));
            }
        }
        List<BoundExpression> groupKeys = new ArrayList<>();
        ExpressionBinder plainBinder = ExpressionBinder.of(context, scope);
        // Grouping sets: the product of the items' sets (a plain item is one set of itself), as key indexes.
        List<int[]> groupingSets = new ArrayList<>();
        groupingSets.add(new int[0]);
        boolean severalSets = false;
        for (Expression groupExpression : core.groupBy()) {
            List<List<Expression>> itemSets = groupExpression instanceof io.dosql.parser.ast.GroupingSets grouping
                    ? grouping.sets() : List.of(List.of(groupExpression));
            severalSets |= groupExpression instanceof io.dosql.parser.ast.GroupingSets;
            List<int[]> product = new ArrayList<>();
            for (List<Expression> itemSet : itemSets) {
                int[] keys = new int[itemSet.size()];
                for (int index = 0; index < keys.length; index++) {
                    keys[index] = groupKeyIndex(bindGroupKey(itemSet.get(index), core, outputs, plainBinder), groupKeys);
                }
                for (int[] before : groupingSets) {
                    product.add(java.util.stream.IntStream.concat(java.util.Arrays.stream(before),
                            java.util.Arrays.stream(keys)).distinct().toArray());
                }
            }
            if (product.size() > 4096) {
                throw ErrorCode.PROGRAM_LIMIT_EXCEEDED.exception("too many grouping sets present (maximum 4096)");
            }
            groupingSets = product;
        }
        List<int[]> sets = severalSets ? groupingSets : null;
        BoundExpression having = core.having() == null ? null : binder.bindCondition(core.having(), "HAVING");

        // ORDER BY: output positions, output names, or extra (hidden) expressions.
        List<BoundExpression> extras = new ArrayList<>();
        List<SortKey> sortKeys = new ArrayList<>();
        List<Integer> sortColumns = new ArrayList<>();
        for (OrderItem item : orderBy) {
            int column = resolveOrderColumn(item.expression(), outputs);
            if (column < 0) {
                BoundExpression bound = binder.bind(item.expression());
                for (int index = 0; index < outputs.size() && column < 0; index++) {
                    if (outputs.get(index).expression().describe().equals(bound.describe())) {
                        column = index;
                    }
                }
                if (column < 0) {
                    column = outputs.size() + extras.size();
                    extras.add(bound);
                }
            }
            sortColumns.add(column);
        }
        List<BoundExpression> distinctOn = new ArrayList<>();
        for (Expression expression : core.distinctOn()) {
            int column = resolveOrderColumn(expression, outputs);
            distinctOn.add(column >= 0 ? outputs.get(column).expression() : binder.bind(expression));
        }

        List<BoundExpression> projected = new ArrayList<>();
        for (Output output : outputs) {
            projected.add(output.expression());
        }
        projected.addAll(extras);
        boolean grouped = !groupKeys.isEmpty() || !aggregates.calls.isEmpty() || having != null || sets != null;
        java.util.function.Function<BoundExpression, BoundExpression> toGroupRowFinal = java.util.function.Function.identity();
        if (grouped) {
            List<String> keyTexts = new ArrayList<>();
            for (BoundExpression key : groupKeys) {
                keyTexts.add(key.describe());
            }
            int keyCount = groupKeys.size();
            int setColumn = sets == null ? -1 : keyCount + aggregates.calls.size();
            int sliceOffset = keyCount + aggregates.calls.size() + (sets == null ? 0 : 1);
            boolean[] needsRepresentative = {false};
            java.util.function.Function<BoundExpression, BoundExpression> toGroupRow = expression ->
                    ExpressionRewriter.rewrite(expression, node -> {
                        if (node instanceof io.dosql.engine.expression.SubqueryExpression subquery && subquery.isCorrelated()) {
                            needsRepresentative[0] = true;
                            return new io.dosql.engine.expression.RowSliceExpression(node, sliceOffset);
                        }
                        if (node instanceof PlaceholderExpression placeholder && !placeholder.isWindow()) {
                            return new ColumnRef(keyCount + placeholder.slot(), node.type(), node.describe());
                        }
                        if (node instanceof io.dosql.engine.expression.GroupingExpression grouping) {
                            int[] keys = new int[grouping.arguments().size()];
                            for (int index = 0; index < keys.length; index++) {
                                keys[index] = keyTexts.indexOf(grouping.arguments().get(index).describe());
                                if (keys[index] < 0) {
                                    throw ErrorCode.GROUPING_ERROR.exception("arguments to GROUPING must be grouping"
                                            + " expressions of the associated query level");
                                }
                            }
                            return grouping.resolved(keys, sets, setColumn);
                        }
                        int key = node instanceof io.dosql.engine.expression.Literal ? -1 : keyTexts.indexOf(node.describe());
                        if (key >= 0) {
                            return new ColumnRef(key, node.type(), node.describe());
                        }
                        if (node instanceof ColumnRef ref) {
                            throw ErrorCode.GROUPING_ERROR.exception("column \"" + ref.name()
                                    + "\" must appear in the GROUP BY clause or be used in an aggregate function");
                        }
                        return null;
                    });
            toGroupRowFinal = toGroupRow;
            projected.replaceAll(toGroupRow::apply);
            distinctOn.replaceAll(toGroupRow::apply);
            BoundExpression groupedHaving = having == null ? null : toGroupRow.apply(having);
            plan = new HashAggregateOperator(plan, groupKeys, aggregates.calls, needsRepresentative[0], sets);
            if (groupedHaving != null) {
                plan = new FilterOperator(plan, groupedHaving);
            }
        }
        if (!windows.calls.isEmpty()) {
            List<io.dosql.engine.execution.WindowCall> windowCalls = new ArrayList<>();
            for (io.dosql.engine.execution.WindowCall call : windows.calls) {
                windowCalls.add(grouped ? call.map(toGroupRowFinal::apply) : call);
            }
            int base = plan.width();
            java.util.function.Function<BoundExpression, BoundExpression> toWindowRow = expression ->
                    ExpressionRewriter.rewrite(expression, node -> node instanceof PlaceholderExpression placeholder
                            && placeholder.isWindow() ? new ColumnRef(base + placeholder.slot(), node.type(), node.describe())
                            : null);
            projected.replaceAll(toWindowRow::apply);
            distinctOn.replaceAll(toWindowRow::apply);
            plan = new io.dosql.engine.execution.WindowOperator(plan, windowCalls);
        }
        int visible = outputs.size();
        int[] distinctOnColumns = null;
        if (!distinctOn.isEmpty()) {
            distinctOnColumns = new int[distinctOn.size()];
            for (int index = 0; index < distinctOn.size(); index++) {
                distinctOnColumns[index] = projected.size();
                projected.add(distinctOn.get(index));
            }
        } else if (core.distinct() && !extras.isEmpty()) {
            throw ErrorCode.INVALID_COLUMN_REFERENCE.exception("for SELECT DISTINCT, ORDER BY expressions must appear in select list");
        }
        plan = new ProjectOperator(plan, projected);
        if (core.distinct() && distinctOnColumns == null) {
            plan = new DistinctOperator(plan);
        }
        if (distinctOnColumns != null) {
            List<SortKey> onKeys = new ArrayList<>();
            for (int index = 0; index < orderBy.size(); index++) {
                int column = sortColumns.get(index);
                onKeys.add(sortKey(new ColumnRef(column, projected.get(column).type(), "column" + (column + 1)), orderBy.get(index)));
            }
            if (onKeys.isEmpty()) {
                for (int column : distinctOnColumns) {
                    onKeys.add(new SortKey(new ColumnRef(column, projected.get(column).type(), "column" + (column + 1)), true, false));
                }
            }
            plan = new DistinctOperator(new SortOperator(plan, onKeys, null, null), distinctOnColumns);
        }
        if (!orderBy.isEmpty()) {
            for (int index = 0; index < orderBy.size(); index++) {
                int column = sortColumns.get(index);
                BoundExpression key = new ColumnRef(column, projected.get(column).type(),
                        column < visible ? outputs.get(column).expression().describe() : projected.get(column).describe());
                sortKeys.add(sortKey(key, orderBy.get(index)));
            }
            boolean topN = distinctOnColumns == null && limit != null;
            plan = new SortOperator(plan, sortKeys, topN ? limitExpression(limit, outer) : null,
                    topN ? limitExpression(offset, outer) : null);
        }
        plan = applyLimit(plan, limit, offset, outer);
        if (projected.size() > visible) {
            List<BoundExpression> trimmed = new ArrayList<>();
            for (int index = 0; index < visible; index++) {
                trimmed.add(new ColumnRef(index, projected.get(index).type(), outputs.get(index).label()));
            }
            plan = new ProjectOperator(plan, trimmed);
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (int index = 0; index < visible; index++) {
            Output output = outputs.get(index);
            SqlType type = projected.get(index).type();
            if (type.kind() == TypeKind.UNKNOWN) {
                type = SqlType.TEXT;
            }
            Scope.Entry source = output.source();
            if (source != null && source.tableName() != null) {
                columns.add(new ResultColumn(output.label(), type, source.schemaName(), source.tableName(),
                        source.columnName(), !source.notNull()));
            } else {
                columns.add(ResultColumn.computed(output.label(), type));
            }
        }
        return new BoundQuery(plan, columns, from.correlated() || scope.isCorrelated());
    }

    private static void expandStar(AllColumns all, Scope scope, List<Output> outputs) {
        String qualifier = all.qualifier() == null ? null : all.qualifier().name();
        boolean found = false;
        int[] order = qualifier == null ? scope.starOrder() : null;
        for (int position = 0; position < scope.entries().size(); position++) {
            int index = order == null ? position : order[position];
            Scope.Entry entry = scope.entries().get(index);
            if (qualifier == null ? entry.hidden() : !qualifier.equals(entry.tableAlias())) {
                continue;
            }
            if (entry.name().startsWith("$")) {
                continue;
            }
            found = true;
            String name = entry.tableAlias() == null ? entry.name() : entry.tableAlias() + "." + entry.name();
            outputs.add(new Output(new ColumnRef(index, entry.type(), name), entry.name(), entry));
        }
        if (qualifier != null && !found) {
            throw ErrorCode.UNDEFINED_TABLE.exception(qualifier);
        }
        if (qualifier == null && scope.entries().isEmpty()) {
            throw ErrorCode.SYNTAX_ERROR.exception("SELECT * with no tables specified is not valid");
        }
    }

    /** The index of {@code key} among {@code keys} (by its description), appending it when new. */
    private static int groupKeyIndex(BoundExpression key, List<BoundExpression> keys) {
        String text = key.describe();
        for (int index = 0; index < keys.size(); index++) {
            if (keys.get(index).describe().equals(text)) {
                return index;
            }
        }
        keys.add(key);
        return keys.size() - 1;
    }

    private BoundExpression bindGroupKey(Expression expression, SelectCore core, List<Output> outputs,
                                         ExpressionBinder binder) {
        if (expression instanceof IntegerLiteral literal) {
            int position = (int) literal.value();
            if (position < 1 || position > outputs.size()) {
                throw ErrorCode.INVALID_COLUMN_REFERENCE.exception("GROUP BY position " + position + " is not in select list");
            }
            return binder.bind(((ExpressionItem) selectItemAt(core, position)).expression());
        }
        if (expression instanceof ColumnReference reference && reference.parts().size() == 1) {
            try {
                return binder.bind(expression);
            } catch (DoSqlException missing) {
                for (SelectItem item : core.items()) {
                    if (item instanceof ExpressionItem expressionItem && reference.name().equals(expressionItem.alias())) {
                        return binder.bind(expressionItem.expression());
                    }
                }
                throw missing;
            }
        }
        return binder.bind(expression);
    }

    private static SelectItem selectItemAt(SelectCore core, int position) {
        SelectItem item = core.items().get(Math.min(position, core.items().size()) - 1);
        if (!(item instanceof ExpressionItem)) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("GROUP BY position over *");
        }
        return item;
    }

    /** An ORDER BY / DISTINCT ON item that names an output column (position or label), or -1. */
    private static int resolveOrderColumn(Expression expression, List<Output> outputs) {
        if (expression instanceof IntegerLiteral literal) {
            int position = (int) literal.value();
            if (position < 1 || position > outputs.size()) {
                throw ErrorCode.INVALID_COLUMN_REFERENCE.exception("ORDER BY position " + position + " is not in select list");
            }
            return position - 1;
        }
        if (expression instanceof ColumnReference reference && reference.parts().size() == 1) {
            int found = -1;
            for (int index = 0; index < outputs.size(); index++) {
                if (outputs.get(index).label().equals(reference.name())) {
                    if (found >= 0 && !outputs.get(found).expression().describe()
                            .equals(outputs.get(index).expression().describe())) {
                        throw ErrorCode.AMBIGUOUS_COLUMN.exception(reference.name());
                    }
                    if (found < 0) {
                        found = index;
                    }
                }
            }
            return found;
        }
        return -1;
    }

    /** PostgreSQL's column label for an unaliased select expression. */
    static String labelOf(Expression expression) {
        return figureLabel(expression).name();
    }

    /**
     * A label and how strongly it holds, as PostgreSQL's FigureColname: names of columns and functions (2)
     * win over type names of casts and "case" (1), which win over nothing ("?column?", 0); a cast takes its
     * type's name unless its operand has a strong one, so {@code 1::int::text} is "text".
     */
    private record Label(String name, int strength) {
    }

    private static Label figureLabel(Expression expression) {
        if (expression instanceof ColumnReference reference) {
            return new Label(reference.name(), 2);
        }
        if (expression instanceof FunctionCall call) {
            return new Label(call.name().name(), 2);
        }
        if (expression instanceof Cast cast) {
            Label inner = figureLabel(cast.operand());
            return inner.strength() >= 2 ? inner : new Label(TypeResolver.resolve(cast.type()).kind().typeName(), 1);
        }
        if (expression instanceof CollateExpression collate) {
            return figureLabel(collate.operand());
        }
        if (expression instanceof CaseExpression) {
            return new Label("case", 1);
        }
        if (expression instanceof Exists) {
            return new Label("exists", 2);
        }
        if (expression instanceof TypedLiteral literal) {
            return new Label(TypeResolver.resolve(literal.type()).kind().typeName(), 1);
        }
        if (expression instanceof io.dosql.parser.ast.ScalarSubquery subquery) {
            String name = labelOfFirstColumn(subquery.query());
            return new Label(name, name.equals("?column?") ? 0 : 2);
        }
        return new Label("?column?", 0);
    }

    /** A scalar subquery is labelled as its (only) column, as in PostgreSQL: {@code (SELECT w FROM t)} is "w". */
    private static String labelOfFirstColumn(io.dosql.parser.ast.QueryBody body) {
        if (body instanceof Query query) {
            return labelOfFirstColumn(query.body());
        }
        if (body instanceof io.dosql.parser.ast.SetOperation operation) {
            return labelOfFirstColumn(operation.left());
        }
        if (body instanceof io.dosql.parser.ast.ValuesBody) {
            return "column1";
        }
        if (body instanceof SelectCore core && !core.items().isEmpty()
                && core.items().get(0) instanceof ExpressionItem item) {
            return item.alias() != null ? item.alias() : labelOf(item.expression());
        }
        return "?column?";
    }
}
