package io.dosql.engine.execution;

import io.dosql.core.SqlType;
import io.dosql.engine.expression.BoundExpression;
import io.dosql.engine.function.AggregateFunctionBinding;
import io.dosql.parser.ast.WindowFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One window function call: the function (a ranking/offset function by name, or an aggregate binding),
 * its arguments, PARTITION BY, ORDER BY and frame (null: the default frame).
 */
public record WindowCall(String name, AggregateFunctionBinding aggregate, List<BoundExpression> arguments,
                         BoundExpression filter, List<BoundExpression> partitionBy, List<SortKey> orderBy,
                         WindowFrame frame, BoundExpression startOffset, BoundExpression endOffset, SqlType type) {
    public WindowCall {
        arguments = List.copyOf(arguments);
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A copy with every expression passed through {@code mapper} (used after grouping rewrites). */
    public WindowCall map(UnaryOperator<BoundExpression> mapper) {
        List<BoundExpression> newArguments = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            newArguments.add(mapper.apply(argument));
        }
        List<BoundExpression> newPartition = new ArrayList<>();
        for (BoundExpression expression : partitionBy) {
            newPartition.add(mapper.apply(expression));
        }
        List<SortKey> newOrder = new ArrayList<>();
        for (SortKey key : orderBy) {
            newOrder.add(new SortKey(mapper.apply(key.expression()), key.ascending(), key.nullsFirst()));
        }
        return new WindowCall(name, aggregate, newArguments, filter == null ? null : mapper.apply(filter), newPartition,
                newOrder, frame, startOffset, endOffset, type);
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        for (BoundExpression argument : arguments) {
            parts.add(argument.describe());
        }
        return name + "(" + String.join(", ", parts) + ") OVER (...)";
    }
}
