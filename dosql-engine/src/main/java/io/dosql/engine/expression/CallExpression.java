package io.dosql.engine.expression;

import io.dosql.core.SqlType;
import io.dosql.engine.execution.ExecutionContext;
import java.util.List;

/**
 * An operator, cast or function applied to evaluated arguments. When {@code strict}, a NULL argument
 * gives NULL without calling the implementation. {@code format} renders it for EXPLAIN: {@code %s}
 * placeholders take the arguments in order.
 */
public final class CallExpression extends BoundExpression {
    /** The computation on argument values. */
    @FunctionalInterface
    public interface Implementation {
        Object apply(Object[] arguments, ExecutionContext context);
    }

    private final String format;
    private final SqlType type;
    private final List<BoundExpression> arguments;
    private final BoundExpression[] argumentArray;
    private final Implementation implementation;
    private final boolean strict;
    private final boolean volatile_;

    public CallExpression(String format, SqlType type, List<BoundExpression> arguments, Implementation implementation,
                          boolean strict, boolean volatile_) {
        this.format = format;
        this.type = type;
        this.arguments = List.copyOf(arguments);
        this.argumentArray = this.arguments.toArray(new BoundExpression[0]);
        this.implementation = implementation;
        this.strict = strict;
        this.volatile_ = volatile_;
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        int count = argumentArray.length;
        Object[] values = new Object[count];
        for (int index = 0; index < count; index++) {
            Object value = argumentArray[index].evaluate(row, context);
            if (value == null && strict) {
                return null;
            }
            values[index] = value;
        }
        return implementation.apply(values, context);
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder();
        int argument = 0;
        int from = 0;
        int at;
        while ((at = format.indexOf("%s", from)) >= 0) {
            text.append(format, from, at);
            text.append(argument < arguments.size() ? arguments.get(argument++).describe() : "?");
            from = at + 2;
        }
        return text.append(format, from, format.length()).toString();
    }

    @Override
    public List<BoundExpression> children() {
        return arguments;
    }

    @Override
    public BoundExpression withChildren(List<BoundExpression> children) {
        return new CallExpression(format, type, children, implementation, strict, volatile_);
    }

    @Override
    public boolean isFoldable() {
        return !volatile_ && super.isFoldable();
    }
}
