package io.dosql.engine.function;

import io.dosql.core.SqlType;
import java.util.List;
import java.util.Objects;

/**
 * A resolved scalar function call: cast the arguments to {@code parameterTypes}, then call
 * {@code implementation}. When {@code strict}, a null argument makes the result null without a call
 * (the engine short-circuits); {@code volatile_} functions (random(), clock_timestamp()) must not
 * be constant-folded.
 */
public record ScalarFunctionBinding(String name, List<SqlType> parameterTypes, SqlType returnType,
                                    ScalarImplementation implementation, boolean strict, boolean volatile_) {
    public ScalarFunctionBinding {
        Objects.requireNonNull(name, "name is null");
        parameterTypes = List.copyOf(parameterTypes);
        Objects.requireNonNull(returnType, "returnType is null");
        Objects.requireNonNull(implementation, "implementation is null");
    }

    /** Calls the function, honouring {@code strict}. */
    public Object invoke(Object[] arguments, EvaluationContext context) {
        if (strict) {
            for (Object argument : arguments) {
                if (argument == null) {
                    return null;
                }
            }
        }
        return implementation.apply(arguments, context);
    }
}
