package io.dosql.engine.optimizer;

import io.dosql.engine.catalog.IndexInfo;
import io.dosql.engine.execution.IndexScanOperator;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.TableScanOperator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.ColumnRef;
import io.dosql.engine.expression.ComparisonExpression;
import io.dosql.engine.expression.ExpressionRewriter;
import io.dosql.engine.expression.SubqueryExpression;
import io.dosql.parser.ast.BinaryOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule "index selection": turns a Seq Scan with filter conjuncts into an Index Scan when some index's
 * leading columns are compared for equality with row-independent values (constants, parameters,
 * outer references), or its first column is range-restricted.
 *
 * <pre>
 * Seq Scan on t  Filter: (t.id = $1) AND (t.x > 3)   ==>   Index Scan using t_pkey on t
 *                                                            Index Cond: (id = $1)  Filter: (t.x > 3)
 * </pre>
 */
public final class IndexSelection {
    private IndexSelection() {
    }

    /** The best access path for {@code scan} filtered by {@code conjuncts} (table-local column indexes). */
    public static PhysicalOperator apply(TableScanOperator scan, List<BoundExpression> conjuncts) {
        IndexInfo bestIndex = null;
        List<BoundExpression> bestKeys = null;
        List<BoundExpression> bestUsed = null;
        double bestScore = 0;
        for (IndexInfo index : scan.table().indexes) {
            List<BoundExpression> keys = new ArrayList<>();
            List<BoundExpression> used = new ArrayList<>();
            for (int column : index.columns) {
                BoundExpression match = null;
                for (BoundExpression conjunct : conjuncts) {
                    BoundExpression value = boundValue(conjunct, column, BinaryOperation.Operator.EQUAL);
                    if (value != null) {
                        match = value;
                        used.add(conjunct);
                        break;
                    }
                }
                if (match == null) {
                    break;
                }
                keys.add(match);
            }
            if (keys.isEmpty()) {
                continue;
            }
            double score = keys.size() + (index.unique && keys.size() == index.columns.length ? 100 : 0);
            if (score > bestScore) {
                bestScore = score;
                bestIndex = index;
                bestKeys = keys;
                bestUsed = used;
            }
        }
        if (bestIndex != null) {
            return new IndexScanOperator(bestIndex, scan.alias(), scan.withRowId(), bestKeys, null, false, null, false,
                    residual(conjuncts, bestUsed));
        }
        // column IN (v1, v2, …) on a one-column index: a lookup per value (the IN stays as the filter).
        for (IndexInfo index : scan.table().indexes) {
            if (index.columns.length != 1) {
                continue;
            }
            for (BoundExpression conjunct : conjuncts) {
                if (conjunct instanceof io.dosql.engine.expression.InListExpression in && !in.negated()
                        && in.operand() instanceof ColumnRef ref && ref.index() == index.columns[0]
                        && in.values().stream().allMatch(IndexSelection::isRowIndependent)) {
                    return IndexScanOperator.inList(index, scan.alias(), scan.withRowId(), in.values(),
                            ExpressionRewriter.conjunction(conjuncts));
                }
            }
        }
        for (IndexInfo index : scan.table().indexes) {
            int column = index.columns[0];
            BoundExpression low = null;
            BoundExpression high = null;
            boolean lowInclusive = false;
            boolean highInclusive = false;
            List<BoundExpression> used = new ArrayList<>();
            for (BoundExpression conjunct : conjuncts) {
                BoundExpression value;
                if (low == null && (value = boundValue(conjunct, column, BinaryOperation.Operator.GREATER_OR_EQUAL)) != null) {
                    low = value;
                    lowInclusive = true;
                    used.add(conjunct);
                } else if (low == null && (value = boundValue(conjunct, column, BinaryOperation.Operator.GREATER)) != null) {
                    low = value;
                    used.add(conjunct);
                } else if (high == null && (value = boundValue(conjunct, column, BinaryOperation.Operator.LESS_OR_EQUAL)) != null) {
                    high = value;
                    highInclusive = true;
                    used.add(conjunct);
                } else if (high == null && (value = boundValue(conjunct, column, BinaryOperation.Operator.LESS)) != null) {
                    high = value;
                    used.add(conjunct);
                }
            }
            if (low != null || high != null) {
                return new IndexScanOperator(index, scan.alias(), scan.withRowId(), List.of(), low, lowInclusive, high,
                        highInclusive, residual(conjuncts, used));
            }
        }
        return scan.withFilter(ExpressionRewriter.conjunction(conjuncts));
    }

    private static BoundExpression residual(List<BoundExpression> conjuncts, List<BoundExpression> used) {
        List<BoundExpression> rest = new ArrayList<>();
        for (BoundExpression conjunct : conjuncts) {
            if (!used.contains(conjunct)) {
                rest.add(conjunct);
            }
        }
        return ExpressionRewriter.conjunction(rest);
    }

    /**
     * When {@code conjunct} says {@code column op value} (either way round, operator mirrored) with a
     * row-independent value, that value; else null.
     */
    static BoundExpression boundValue(BoundExpression conjunct, int column, BinaryOperation.Operator operator) {
        if (!(conjunct instanceof ComparisonExpression comparison)) {
            return null;
        }
        if (comparison.left() instanceof ColumnRef ref && ref.index() == column
                && comparison.operator() == operator && isRowIndependent(comparison.right())) {
            return comparison.right();
        }
        if (comparison.right() instanceof ColumnRef ref && ref.index() == column
                && comparison.operator() == mirror(operator) && isRowIndependent(comparison.left())) {
            return comparison.left();
        }
        return null;
    }

    private static BinaryOperation.Operator mirror(BinaryOperation.Operator operator) {
        return switch (operator) {
            case LESS -> BinaryOperation.Operator.GREATER;
            case LESS_OR_EQUAL -> BinaryOperation.Operator.GREATER_OR_EQUAL;
            case GREATER -> BinaryOperation.Operator.LESS;
            case GREATER_OR_EQUAL -> BinaryOperation.Operator.LESS_OR_EQUAL;
            default -> operator;
        };
    }

    static boolean isRowIndependent(BoundExpression expression) {
        return !ExpressionRewriter.any(expression, node -> node instanceof ColumnRef
                || node instanceof SubqueryExpression subquery && subquery.isCorrelated());
    }
}
