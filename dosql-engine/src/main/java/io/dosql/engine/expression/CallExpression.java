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

    /** A computation on one argument value that needs no context (casts): evaluated without an argument array. */
    @FunctionalInterface
    public interface UnaryImplementation {
        Object apply(Object argument);
    }

    private final String format;
    private final SqlType type;
    private final List<BoundExpression> arguments;
    private final BoundExpression[] argumentArray;
    private final Implementation implementation;
    /** Non-null for {@link #unary} calls. */
    private final UnaryImplementation unary;
    private final boolean strict;
    private final boolean volatile_;

    public CallExpression(String format, SqlType type, List<BoundExpression> arguments, Implementation implementation,
                          boolean strict, boolean volatile_) {
        this(format, type, arguments, implementation, null, strict, volatile_);
    }

    private CallExpression(String format, SqlType type, List<BoundExpression> arguments, Implementation implementation,
                           UnaryImplementation unary, boolean strict, boolean volatile_) {
        this.unary = unary;
        this.format = format;
        this.type = type;
        this.arguments = List.copyOf(arguments);
        this.argumentArray = this.arguments.toArray(new BoundExpression[0]);
        this.implementation = implementation;
        this.strict = strict;
        this.volatile_ = volatile_;
    }

    /** A call of one argument computed by {@code implementation} alone (e.g. an assignment cast, run per inserted value). */
    public static CallExpression unary(String format, SqlType type, BoundExpression argument,
                                       UnaryImplementation implementation, boolean strict) {
        return new CallExpression(format, type, List.of(argument), (values, unused) -> implementation.apply(values[0]),
                implementation, strict, false);
    }

    @Override
    public SqlType type() {
        return type;
    }

    @Override
    public Object evaluate(Object[] row, ExecutionContext context) {
        if (unary != null) {
            Object value = argumentArray[0].evaluate(row, context);
            return value == null && strict ? null : unary.apply(value);
        }
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
        return new CallExpression(format, type, children, implementation, unary, strict, volatile_);
    }

    /** Whether each call may give another value (random(), nextval(), clock_timestamp()). */
    public boolean isVolatile() {
        return volatile_;
    }

    @Override
    public boolean isFoldable() {
        return !volatile_ && super.isFoldable();
    }
}
