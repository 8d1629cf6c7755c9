package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code x [NOT] IN (a, b, …)} with SQL semantics: TRUE on a match, else NULL when x or any element is
 * NULL, else FALSE (negated accordingly). Operands are already cast to a common type.
 */
public final class InListExpression extends BoundExpression {
    private final BoundExpression operand;
    private final List<BoundExpression> values;
    private final boolean negated;

    public InListExpression(BoundExpression operand, List<BoundExpression> values, boolean negated) {
        this.operand = operand;
        this.values = List.copyOf(values);
        this.negated = negated;
    }

    public BoundExpression operand() {
        return operand;
    }

    public List<BoundExpression> values() {
        return values;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public SqlType type() {
        return SqlType.BOOLEAN;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        if (values.isEmpty()) {
            return negated;
        }
        Object left = operand.evaluate(row, context);
        if (left == null) {
            return null;
        }
        boolean sawNull = false;
        for (BoundExpression value : values) {
            Object right = value.evaluate(row, context);
            if (right == null) {
                sawNull = true;
            } else if (Values.equal(left, right)) {
                return !negated;
            }
        }
        return sawNull ? null : negated;
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder(operand.describe()).append(negated ? " NOT IN (" : " IN (");
        for (int index = 0; index < values.size(); index++) {
            text.append(index == 0 ? "" : ", ").append(values.get(index).describe());
        }
        return text.append(')').toString();
    }

    @Override
    public List<BoundExpression> children() {
        List<BoundExpression> all = new ArrayList<>();
        all.add(operand);
        all.addAll(values);
        return all;
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return new InListExpression(children.get(0), children.subList(1, children.size()), negated);
    }
}
