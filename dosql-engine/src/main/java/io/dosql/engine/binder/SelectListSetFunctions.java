package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.ProjectSetOperator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.value.JsonSetFunction;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Set-returning functions in a SELECT list: one {@code generate_series(…)} (or one-column JSON set function) item is taken out of the list
 * and evaluated per FROM row by a {@link ProjectSetOperator} (after WHERE, before DISTINCT / ORDER BY),
 * multiplying the rows as PostgreSQL does; the item then reads the series column, a hidden scope entry.
 * Other uses (several SRFs, with GROUP BY, aggregates or window functions) are rejected with 0A000.
 */
final class SelectListSetFunctions {
    private static final String ALIAS = "$select_list_srf";

    /** The select core with the SRF item replaced by a reference to its column, and the call itself. */
    record Extraction(SelectCore core, FunctionCall call, String column) {
    }

    private SelectListSetFunctions() {
    }

    static boolean isSetReturning(FunctionCall call) {
        return call.window() == null && call.name().parts().size() == 1
                && (call.name().name().equals("generate_series") || json(call) != null);
    }

    /** A one-column JSON set-returning function (jsonb_array_elements, jsonb_object_keys, …), or null. */
    private static JsonSetFunction.Binding json(FunctionCall call) {
        JsonSetFunction.Binding json = JsonSetFunction.lookup(call.name().name());
        return json != null && json.columnNames().size() == 1 ? json : null;
    }

    /** The extraction for {@code core}, or null when its select list has no set-returning item. */
    static Extraction extract(SelectCore core, BindingContext context) {
        int found = -1;
        for (int index = 0; index < core.items().size(); index++) {
            if (core.items().get(index) instanceof ExpressionItem item && item.expression() instanceof FunctionCall call
                    && isSetReturning(call)) {
                if (found >= 0) {
                    throw ErrorCode.FEATURE_NOT_SUPPORTED.exception("more than one set-returning function in a select list");
                }
                found = index;
            }
        }
        if (found < 0) {
            return null;
        }
        ExpressionItem item = (ExpressionItem) core.items().get(found);
        FunctionCall call = (FunctionCall) item.expression();
        boolean aggregatesOrWindows = contains(core.items(), node -> node instanceof FunctionCall other
                && (other.window() != null || context.functions().isAggregate(other.name().name())));
        if (!core.groupBy().isEmpty() || core.having() != null || aggregatesOrWindows) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(call.name().name()
                    + "() in a select list with grouping, aggregates or window functions");
        }
        String column = item.alias() != null ? item.alias() : call.name().name();
        List<SelectItem> items = new ArrayList<>(core.items());
        items.set(found, new ExpressionItem(new ColumnReference(List.of(ALIAS, column), call.position()), column));
        SelectCore rewritten = new SelectCore(core.distinct(), core.distinctOn(), items, core.from(), core.where(),
                core.groupBy(), core.having(), core.windows());
        return new Extraction(rewritten, call, column);
    }

    /** Appends the series column to {@code plan}; {@code entries} gains its hidden scope entry. */
    static PhysicalOperator apply(Extraction extraction, PhysicalOperator plan, Scope scope, List<Scope.Entry> entries,
                                  BindingContext context) {
        ExpressionBinder binder = ExpressionBinder.of(context, scope);
        JsonSetFunction.Binding json = json(extraction.call());
        if (json != null) {
            BoundExpression argument = JsonSetFunctionBinder.argument(json, extraction.call(), binder);
            entries.add(new Scope.Entry(ALIAS, extraction.column(), json.columnTypes().get(0), true, null, null, null,
                    false));
            return new ProjectSetOperator(plan, json, argument);
        }
        List<BoundExpression> arguments = new ArrayList<>();
        List<SqlType> types = new ArrayList<>();
        for (io.dosql.parser.ast.Expression argument : extraction.call().arguments()) {
            BoundExpression bound = binder.bind(argument);
            arguments.add(bound);
            types.add(bound.type());
        }
        if (arguments.size() < 2 || arguments.size() > 3) {
            throw ErrorCode.UNDEFINED_FUNCTION.exception("generate_series(" + arguments.size() + " arguments)");
        }
        SqlType type = io.dosql.engine.value.TypeCoercion.commonType(types, "generate_series");
        if (type.kind() == io.dosql.core.TypeKind.SMALLINT || type.kind() == io.dosql.core.TypeKind.TEXT
                || type.kind() == io.dosql.core.TypeKind.UNKNOWN) {
            type = SqlType.INTEGER;
        }
        List<BoundExpression> castArguments = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            castArguments.add(binder.cast(argument, type));
        }
        entries.add(new Scope.Entry(ALIAS, extraction.column(), type, true, null, null, null, false));
        return new ProjectSetOperator(plan, castArguments, type);
    }

    /** True when any AST node below {@code node} satisfies {@code test} (walks the AST's records). */
    private static boolean contains(Object node, Predicate<Object> test) {
        if (test.test(node)) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object element : list) {
                if (contains(element, test)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record record && node instanceof io.dosql.parser.ast.Node) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    if (contains(component.getAccessor().invoke(record), test)) {
                        return true;
                    }
                } catch (ReflectiveOperationException unreadable) {
                    return true;
                }
            }
        }
        return false;
    }
}
