package io.dosql.engine.execution;

import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.function.AggregateFunctionBinding;
import java.util.List;

/**
 * One aggregate of a GROUP BY: the resolved function, its (cast) arguments, DISTINCT, FILTER and the
 * ORDER BY inside the call (empty when the input order does not matter).
 */
public record AggregateCall(AggregateFunctionBinding binding, List<BoundExpression> arguments, boolean distinct,
                            BoundExpression filter, List<SortKey> orderBy) {
    public AggregateCall {
        arguments = List.copyOf(arguments);
        orderBy = List.copyOf(orderBy);
    }

    public AggregateCall(AggregateFunctionBinding binding, List<BoundExpression> arguments, boolean distinct,
                         BoundExpression filter) {
        this(binding, arguments, distinct, filter, List.of());
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
        for (int index = 0; index < orderBy.size(); index++) {
            text.append(index == 0 ? " ORDER BY " : ", ").append(orderBy.get(index).describe());
        }
        text.append(')');
        if (filter != null) {
            text.append(" FILTER (WHERE ").append(filter.describe()).append(')');
        }
        return text.toString();
    }
}
