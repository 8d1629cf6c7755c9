package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import io.dosql.engine.value.OperatorBinding;
import io.dosql.parser.ast.BinaryOperation;
import java.util.List;

/**
 * A comparison ({@code = <> < <= > >=}) of two already-cast operands; kept as its own node so the
 * optimizer can recognise join keys and index conditions.
 */
public final class ComparisonExpression extends BoundExpression {
    private final BinaryOperation.Operator operator;
    private final BoundExpression left;
    private final BoundExpression right;
    private final OperatorBinding binding;

    public ComparisonExpression(BinaryOperation.Operator operator, BoundExpression left, BoundExpression right,
                                OperatorBinding binding) {
        this.operator = operator;
        this.left = left;
        this.right = right;
        this.binding = binding;
    }

    public BinaryOperation.Operator operator() {
        return operator;
    }

    public BoundExpression left() {
        return left;
    }

    public BoundExpression right() {
        return right;
    }

    @Override
    public SqlType type() {
        return SqlType.BOOLEAN;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        Object a = left.evaluate(row, context);
        if (a == null) {
            return null;
        }
        Object b = right.evaluate(row, context);
        if (b == null) {
            return null;
        }
        return binding.apply(a, b);
    }

    @Override
    public String describe() {
        return "(" + left.describe() + " " + operator.symbol() + " " + right.describe() + ")";
    }

    @Override
    public List<BoundExpression> children() {
        return List.of(left, right);
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return new ComparisonExpression(operator, children.get(0), children.get(1), binding);
    }
}
