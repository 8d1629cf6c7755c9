package io.dosql.engine.expression;

/**
 * The input columns an expression reads, when that is known from its tree alone: expressions built only
 * of column references, constants, parameters, outer references, operators, CASE, COALESCE, IN lists and
 * function calls (which see their argument values, never the row). Anything else (a subquery, which may
 * read the whole row as its outer row) makes the answer unknown.
 */
public final class ReferencedColumns {
    private ReferencedColumns() {
    }

    /** Which of the {@code width} input columns {@code expression} reads, or null when unknown. */
    public static boolean[] of(BoundExpression expression, int width) {
        boolean[] columns = new boolean[width];
        return collect(expression, columns) ? columns : null;
    }

    private static boolean collect(BoundExpression expression, boolean[] columns) {
        if (expression instanceof ColumnRef column) {
            if (column.index() < 0 || column.index() >= columns.length) {
                return false;
            }
            columns[column.index()] = true;
            return true;
        }
        if (!(expression instanceof Literal || expression instanceof ParameterRef || expression instanceof OuterColumnRef
                || expression instanceof ComparisonExpression || expression instanceof LogicalExpression
                || expression instanceof CallExpression || expression instanceof CaseWhenExpression
                || expression instanceof CoalesceExpression || expression instanceof InListExpression
                || expression instanceof ExecutionConstant)) {
            return false;
        }
        for (BoundExpression child : expression.children()) {
            if (child != null && !collect(child, columns)) {
                return false;
            }
        }
        return true;
    }
}
