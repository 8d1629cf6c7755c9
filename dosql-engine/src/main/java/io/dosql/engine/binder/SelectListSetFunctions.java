package io.dosql.engine.binder;

import io.dosql.core.ErrorCode;
import io.dosql.parser.ast.ColumnReference;
import io.dosql.parser.ast.ExpressionItem;
import io.dosql.parser.ast.FunctionCall;
import io.dosql.parser.ast.FunctionTable;
import io.dosql.parser.ast.SelectCore;
import io.dosql.parser.ast.SelectItem;
import io.dosql.parser.ast.TableReference;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-returning functions in a SELECT list: the simple case of one {@code generate_series(…)} item whose
 * arguments do not read the FROM rows becomes a cross join with the function as a FROM item, which
 * multiplies the rows exactly as PostgreSQL's ProjectSet does. Other uses are rejected with 0A000.
 */
final class SelectListSetFunctions {
    static final String ALIAS = "$select_list_srf";

    private SelectListSetFunctions() {
    }

    static boolean isSetReturning(FunctionCall call) {
        return call.window() == null && call.name().name().equals("generate_series") && call.name().parts().size() == 1;
    }

    /** {@code core} with its set-returning select item moved into FROM, or {@code core} itself. */
    static SelectCore rewrite(SelectCore core) {
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
            return core;
        }
        ExpressionItem item = (ExpressionItem) core.items().get(found);
        FunctionCall call = (FunctionCall) item.expression();
        boolean star = core.items().stream().anyMatch(candidate -> candidate instanceof io.dosql.parser.ast.AllColumns);
        if (!core.groupBy().isEmpty() || core.having() != null || star || readsColumns(call.arguments())) {
            throw ErrorCode.FEATURE_NOT_SUPPORTED.exception(
                    "generate_series() in a select list with *, grouping or column arguments (use it in FROM)");
        }
        String column = item.alias() != null ? item.alias() : "generate_series";
        List<TableReference> from = new ArrayList<>(core.from());
        from.add(new FunctionTable(call, ALIAS, List.of(column), false));
        List<SelectItem> items = new ArrayList<>(core.items());
        items.set(found, new ExpressionItem(new ColumnReference(List.of(ALIAS, column), call.position()), column));
        return new SelectCore(core.distinct(), core.distinctOn(), items, from, core.where(), core.groupBy(),
                core.having(), core.windows());
    }

    /** True when any expression below {@code nodes} is a column reference (walks the AST's records). */
    private static boolean readsColumns(Object node) {
        if (node instanceof ColumnReference) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object element : list) {
                if (readsColumns(element)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record record && node instanceof io.dosql.parser.ast.Node) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    if (readsColumns(component.getAccessor().invoke(record))) {
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
