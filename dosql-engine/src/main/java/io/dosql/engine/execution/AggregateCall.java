package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.function.AggregateFunctionBinding;
import java.util.List;

/** One aggregate of a GROUP BY: the resolved function, its (cast) arguments, DISTINCT and FILTER. */
public record AggregateCall(AggregateFunctionBinding binding, List<BoundExpression> arguments, boolean distinct,
                            BoundExpression filter) {
    public AggregateCall {
        arguments = List.copyOf(arguments);
    }

    public String describe() {
        StringBuilder text = new StringBuilder(binding.name()).append('(');
        if (distinct) {
            text.append("DISTINCT ");
        }
        if (arguments.isEmpty() && binding.name().equals("count")) {
            text.append('*');
        }
        for (int index = 0; index < arguments.size(); index++) {
            text.append(index == 0 ? "" : ", ").append(arguments.get(index).describe());
        }
        text.append(')');
        if (filter != null) {
            text.append(" FILTER (WHERE ").append(filter.describe()).append(')');
        }
        return text.toString();
    }
}
