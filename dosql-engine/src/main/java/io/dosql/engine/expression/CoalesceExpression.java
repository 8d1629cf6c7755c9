package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/** COALESCE: the first non-null argument, evaluated lazily. */
public final class CoalesceExpression extends BoundExpression {
    private final SqlType type;
    private final List<BoundExpression> arguments;

    public CoalesceExpression(SqlType type, List<BoundExpression> arguments) {
        this.type = type;
        this.arguments = List.copyOf(arguments);
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        for (BoundExpression argument : arguments) {
            Object value = argument.evaluate(row, context);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("COALESCE(");
        for (int index = 0; index < arguments.size(); index++) {
            text.append(index == 0 ? "" : ", ").append(arguments.get(index).describe());
        }
        return text.append(')').toString();
    }

    @Override
    public List<BoundExpression> children() {
        return arguments;
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return new CoalesceExpression(type, children);
    }
}
