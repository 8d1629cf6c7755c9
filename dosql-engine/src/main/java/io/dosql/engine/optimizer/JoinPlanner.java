package io.dosql.engine.optimizer;

import io.dosql.engine.execution.FilterOperator;
import io.dosql.engine.execution.HashJoinOperator;
import io.dosql.engine.execution.JoinKind;
import io.dosql.engine.execution.NestedLoopJoinOperator;
import io.dosql.engine.execution.PhysicalOperator;
import io.dosql.engine.execution.ProjectOperator;
import io.dosql.engine.execution.TableScanOperator;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.expression.ColumnRef;
import io.dosql.engine.expression.ComparisonExpression;
import io.dosql.engine.expression.ExpressionRewriter;
import io.dosql.engine.expression.SubqueryExpression;
import io.dosql.parser.ast.BinaryOperation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Rules "predicate pushdown", "join order" and "join algorithm": given the FROM items of one query
 * level (units, in FROM order, whose columns are concatenated) and the WHERE/ON conjuncts over that
 * concatenated row, pushes single-item conjuncts into the items (where index selection may use them),
 * orders the inner joins greedily (smallest estimated input first, then items connected by an equality),
 * uses a hash join when equality keys exist and a nested loop otherwise, and restores the FROM-order
 * column layout at the end.
 */
public final class JoinPlanner {
    /** One FROM item: its plan and width; {@code scan} is set for a plain table scan (index candidates). */
    public record Unit(PhysicalOperator plan, int width, TableScanOperator scan) {
    }

    private JoinPlanner() {
    }

    public static PhysicalOperator plan(List<Unit> units, List<BoundExpression> conjuncts) {
        int count = units.size();
        int[] offsets = new int[count + 1];
        for (int index = 0; index < count; index++) {
            offsets[index + 1] = offsets[index] + units.get(index).width();
        }
        List<BoundExpression> late = new ArrayList<>();
        List<BoundExpression> multi = new ArrayList<>();
        List<BitSet> multiUnits = new ArrayList<>();
        List<List<BoundExpression>> local = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            local.add(new ArrayList<>());
        }
        for (BoundExpression conjunct : conjuncts) {
            BitSet referenced = unitsOf(conjunct, offsets);
            boolean correlatedSubquery = ExpressionRewriter.any(conjunct,
                    node -> node instanceof SubqueryExpression subquery && subquery.isCorrelated());
            if (correlatedSubquery || referenced.isEmpty()) {
                late.add(conjunct);
            } else if (referenced.cardinality() == 1) {
                int unit = referenced.nextSetBit(0);
                int offset = offsets[unit];
                local.get(unit).add(ExpressionRewriter.remapColumns(conjunct, old -> old - offset));
            } else {
                multi.add(conjunct);
                multiUnits.add(referenced);
            }
        }
        PhysicalOperator[] plans = new PhysicalOperator[count];
        for (int index = 0; index < count; index++) {
            Unit unit = units.get(index);
            List<BoundExpression> filters = local.get(index);
            if (filters.isEmpty()) {
                plans[index] = unit.plan();
            } else if (unit.scan() != null && unit.scan().filter() == null) {
                plans[index] = IndexSelection.apply(unit.scan(), filters);
            } else {
                plans[index] = new FilterOperator(unit.plan(), ExpressionRewriter.conjunction(filters));
            }
        }
        PhysicalOperator result;
        List<Integer> order = new ArrayList<>();
        if (count == 1) {
            result = plans[0];
            order.add(0);
        } else {
            result = joinGreedily(plans, units, local, offsets, multi, multiUnits, order);
        }
        boolean inOrder = true;
        for (int index = 0; index < order.size(); index++) {
            inOrder &= order.get(index) == index;
        }
        if (!inOrder) {
            int[] position = newPositions(order, offsets);
            List<BoundExpression> columns = new ArrayList<>();
            for (int old = 0; old < offsets[count]; old++) {
                columns.add(new ColumnRef(position[old], io.dosql.core.SqlType.UNKNOWN, "c" + old));
            }
            result = new ProjectOperator(result, columns);
        }
        if (!late.isEmpty()) {
            result = new FilterOperator(result, ExpressionRewriter.conjunction(late));
        }
        return result;
    }

    private static PhysicalOperator joinGreedily(PhysicalOperator[] plans, List<Unit> unitList,
                                                 List<List<BoundExpression>> local, int[] offsets,
                                                 List<BoundExpression> multi, List<BitSet> multiUnits, List<Integer> order) {
        int count = plans.length;
        BitSet joined = new BitSet();
        boolean[] applied = new boolean[multi.size()];
        int first = 0;
        for (int index = 1; index < count; index++) {
            if (plans[index].estimatedRows() < plans[first].estimatedRows()) {
                first = index;
            }
        }
        PhysicalOperator current = plans[first];
        joined.set(first);
        order.add(first);
        while (joined.cardinality() < count) {
            int next = -1;
            boolean nextConnected = false;
            for (int candidate = 0; candidate < count; candidate++) {
                if (joined.get(candidate)) {
                    continue;
                }
                boolean connected = false;
                for (int conjunct = 0; conjunct < multi.size(); conjunct++) {
                    BitSet units = multiUnits.get(conjunct);
                    if (!applied[conjunct] && units.get(candidate) && covered(units, joined, candidate)) {
                        connected = true;
                        break;
                    }
                }
                if (next < 0 || connected && !nextConnected
                        || connected == nextConnected && plans[candidate].estimatedRows() < plans[next].estimatedRows()) {
                    next = candidate;
                    nextConnected = connected;
                }
            }
            int[] leftPosition = newPositions(order, offsets);
            int leftWidth = current.width();
            int nextOffset = offsets[next];
            List<BoundExpression> leftKeys = new ArrayList<>();
            List<BoundExpression> rightKeys = new ArrayList<>();
            List<BoundExpression> residual = new ArrayList<>();
            for (int conjunct = 0; conjunct < multi.size(); conjunct++) {
                BitSet units = multiUnits.get(conjunct);
                if (applied[conjunct] || !covered(units, joined, next)) {
                    continue;
                }
                applied[conjunct] = true;
                BoundExpression expression = multi.get(conjunct);
                if (expression instanceof ComparisonExpression comparison
                        && comparison.operator() == BinaryOperation.Operator.EQUAL) {
                    BitSet leftUnits = unitsOf(comparison.left(), offsets);
                    BitSet rightUnits = unitsOf(comparison.right(), offsets);
                    if (isSide(leftUnits, joined) && rightUnits.cardinality() == 1 && rightUnits.get(next)) {
                        leftKeys.add(ExpressionRewriter.remapColumns(comparison.left(), old -> leftPosition[old]));
                        rightKeys.add(ExpressionRewriter.remapColumns(comparison.right(), old -> old - nextOffset));
                        continue;
                    }
                    if (isSide(rightUnits, joined) && leftUnits.cardinality() == 1 && leftUnits.get(next)) {
                        leftKeys.add(ExpressionRewriter.remapColumns(comparison.right(), old -> leftPosition[old]));
                        rightKeys.add(ExpressionRewriter.remapColumns(comparison.left(), old -> old - nextOffset));
                        continue;
                    }
                }
                int nextEnd = offsets[next + 1];
                residual.add(ExpressionRewriter.remapColumns(expression,
                        old -> old >= nextOffset && old < nextEnd ? leftWidth + old - nextOffset : leftPosition[old]));
            }
            BoundExpression residualCondition = ExpressionRewriter.conjunction(residual);
            TableScanOperator innerScan = unitList.get(next).scan();
            io.dosql.engine.catalog.IndexInfo seekIndex = null;
            int seekKey = -1;
            if (innerScan != null && innerScan.filter() == null && !innerScan.withRowId()) {
                for (int key = 0; key < rightKeys.size() && seekIndex == null; key++) {
                    if (rightKeys.get(key) instanceof ColumnRef ref) {
                        for (io.dosql.engine.catalog.IndexInfo candidate : innerScan.table().indexes) {
                            if (candidate.columns[0] == ref.index()) {
                                seekIndex = candidate;
                                seekKey = key;
                                break;
                            }
                        }
                    }
                }
            }
            if (seekIndex != null && current.estimatedRows() * 20 < plans[next].estimatedRows()) {
                // Index nested loop: the outer side is small, the inner table has an index on the join column.
                List<BoundExpression> rest = new ArrayList<>();
                for (int key = 0; key < leftKeys.size(); key++) {
                    if (key != seekKey) {
                        int shift = leftWidth;
                        rest.add(new io.dosql.engine.expression.ComparisonExpression(BinaryOperation.Operator.EQUAL,
                                leftKeys.get(key), ExpressionRewriter.remapColumns(rightKeys.get(key), old -> old + shift),
                                equalBinding(leftKeys.get(key), rightKeys.get(key))));
                    }
                }
                if (residualCondition != null) {
                    rest.add(residualCondition);
                }
                current = new io.dosql.engine.execution.IndexNestedLoopJoinOperator(current, seekIndex, innerScan.alias(),
                        leftKeys.get(seekKey), ExpressionRewriter.conjunction(local.get(next)),
                        ExpressionRewriter.conjunction(rest));
            } else if (!leftKeys.isEmpty()) {
                if (plans[next].estimatedRows() > current.estimatedRows() * 2) {
                    // Build the hash table on the smaller side: the joined-so-far rows go to the right.
                    PhysicalOperator joinedSoFar = current;
                    int nextWidth = plans[next].width();
                    List<BoundExpression> swappedResidual = new ArrayList<>();
                    if (residualCondition != null) {
                        swappedResidual.add(ExpressionRewriter.remapColumns(residualCondition,
                                old -> old >= leftWidth ? old - leftWidth : old + nextWidth));
                    }
                    current = new HashJoinOperator(JoinKind.INNER, plans[next], joinedSoFar, rightKeys, leftKeys,
                            ExpressionRewriter.conjunction(swappedResidual));
                    joined.set(next);
                    order.add(0, next);
                    continue;
                }
                current = new HashJoinOperator(JoinKind.INNER, current, plans[next], leftKeys, rightKeys, residualCondition);
            } else {
                current = new NestedLoopJoinOperator(JoinKind.INNER, current, plans[next], residualCondition);
            }
            joined.set(next);
            order.add(next);
        }
        return current;
    }

    private static io.dosql.engine.value.OperatorBinding equalBinding(BoundExpression left, BoundExpression right) {
        return io.dosql.engine.value.TypeCoercion.resolveBinary(BinaryOperation.Operator.EQUAL, left.type(), right.type());
    }

    private static boolean isSide(BitSet units, BitSet joined) {
        if (units.isEmpty()) {
            return false;
        }
        BitSet copy = (BitSet) units.clone();
        copy.andNot(joined);
        return copy.isEmpty();
    }

    private static boolean covered(BitSet units, BitSet joined, int candidate) {
        BitSet copy = (BitSet) units.clone();
        copy.andNot(joined);
        copy.clear(candidate);
        return copy.isEmpty();
    }

    /** For each FROM-order column index, its position in the row of units joined in {@code order}. */
    private static int[] newPositions(List<Integer> order, int[] offsets) {
        int[] position = new int[offsets[offsets.length - 1]];
        java.util.Arrays.fill(position, -1);
        int next = 0;
        for (int unit : order) {
            for (int column = offsets[unit]; column < offsets[unit + 1]; column++) {
                position[column] = next++;
            }
        }
        return position;
    }

    private static BitSet unitsOf(BoundExpression expression, int[] offsets) {
        List<Integer> columns = new ArrayList<>();
        ExpressionRewriter.collectColumns(expression, columns);
        BitSet units = new BitSet();
        for (int column : columns) {
            for (int unit = 0; unit < offsets.length - 1; unit++) {
                if (column >= offsets[unit] && column < offsets[unit + 1]) {
                    units.set(unit);
                    break;
                }
            }
        }
        return units;
    }

    /** Builds an explicit (outer or inner) join of two inputs with an ON condition over left ++ right. */
    public static PhysicalOperator joinTwo(JoinKind kind, PhysicalOperator left, PhysicalOperator right,
                                           BoundExpression condition) {
        int leftWidth = left.width();
        List<BoundExpression> leftKeys = new ArrayList<>();
        List<BoundExpression> rightKeys = new ArrayList<>();
        List<BoundExpression> residual = new ArrayList<>();
        List<BoundExpression> conjuncts = new ArrayList<>();
        if (condition != null) {
            ExpressionRewriter.splitConjuncts(condition, conjuncts);
        }
        for (BoundExpression conjunct : conjuncts) {
            if (conjunct instanceof ComparisonExpression comparison && comparison.operator() == BinaryOperation.Operator.EQUAL
                    && !ExpressionRewriter.any(conjunct, node -> node instanceof SubqueryExpression)) {
                int leftSide = side(comparison.left(), leftWidth);
                int rightSide = side(comparison.right(), leftWidth);
                if (leftSide == 1 && rightSide == 2) {
                    leftKeys.add(comparison.left());
                    rightKeys.add(ExpressionRewriter.remapColumns(comparison.right(), old -> old - leftWidth));
                    continue;
                }
                if (leftSide == 2 && rightSide == 1) {
                    leftKeys.add(comparison.right());
                    rightKeys.add(ExpressionRewriter.remapColumns(comparison.left(), old -> old - leftWidth));
                    continue;
                }
            }
            residual.add(conjunct);
        }
        if (!leftKeys.isEmpty()) {
            return new HashJoinOperator(kind, left, right, leftKeys, rightKeys, ExpressionRewriter.conjunction(residual));
        }
        return new NestedLoopJoinOperator(kind, left, right, condition);
    }

    /** 1 when only left columns are used, 2 when only right ones, 0 otherwise (none or both). */
    private static int side(BoundExpression expression, int leftWidth) {
        List<Integer> columns = new ArrayList<>();
        ExpressionRewriter.collectColumns(expression, columns);
        if (columns.isEmpty()) {
            return 0;
        }
        boolean left = false;
        boolean right = false;
        for (int column : columns) {
            if (column < leftWidth) {
                left = true;
            } else {
                right = true;
            }
        }
        return left && !right ? 1 : (right && !left ? 2 : 0);
    }
}
