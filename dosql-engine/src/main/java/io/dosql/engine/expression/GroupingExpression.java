package io.dosql.engine.expression;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/**
 * {@code GROUPING(a, b, …)}: an integer with one bit per argument, the leftmost the most significant, set
 * when the output row's grouping set does not group by that argument. Bound with its arguments as written;
 * the grouped query's rewrite replaces it by {@link #resolved} over the aggregate row (which carries the
 * grouping set's number in {@code setColumn}, or none when there is only one set).
 */
public final class GroupingExpression extends BoundExpression {
    private final List<BoundExpression> arguments;
    /** After the rewrite: the group-key index of each argument, the sets (key indexes) and the set column. */
    private final int[] keys;
    private final List<int[]> sets;
    private final int setColumn;

    public GroupingExpression(List<BoundExpression> arguments) {
        this(List.copyOf(arguments), null, null, -1);
    }

    private GroupingExpression(List<BoundExpression> arguments, int[] keys, List<int[]> sets, int setColumn) {
        this.arguments = arguments;
        this.keys = keys;
        this.sets = sets;
        this.setColumn = setColumn;
    }

    public List<BoundExpression> arguments() {
        return arguments;
    }

    /** This GROUPING over group keys {@code keys}; {@code sets} null means one set of every key. */
    public GroupingExpression resolved(int[] keys, List<int[]> sets, int setColumn) {
        return new GroupingExpression(arguments, keys, sets, setColumn);
    }

    @Override
    public SqlType type() {
        return SqlType.INTEGER;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        if (keys == null) {
            throw ErrorCode.GROUPING_ERROR.exception("arguments to GROUPING must be grouping expressions of the"
                    + " associated query level");
        }
        int[] set = sets == null ? null : sets.get((Integer) row[setColumn]);
        int bits = 0;
        for (int key : keys) {
            bits <<= 1;
            if (set != null && !contains(set, key)) {
                bits |= 1;
            }
        }
        return bits;
    }

    private static boolean contains(int[] set, int key) {
        for (int member : set) {
            if (member == key) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("GROUPING(");
        for (int index = 0; index < arguments.size(); index++) {
            text.append(index == 0 ? "" : ", ").append(arguments.get(index).describe());
        }
        return text.append(')').toString();
    }

    @Override
    public List<BoundExpression> children() {
        return keys == null ? arguments : List.of();
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return keys == null ? new GroupingExpression(children) : this;
    }

    @Override
    public boolean isFoldable() {
        return false;
    }
}
