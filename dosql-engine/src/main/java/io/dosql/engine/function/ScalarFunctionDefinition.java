package io.dosql.engine.function;

import io.dosql.core.SqlType;
import java.util.List;
import java.util.Objects;

/**
 * One overload of a built-in scalar function, a row of the function table. A parameter of type
 * {@link FunctionTable#ANY} accepts any argument unconverted; when {@code variadic} the last
 * parameter repeats zero or more times.
 */
public record ScalarFunctionDefinition(String name, List<SqlType> parameterTypes, boolean variadic,
                                       SqlType returnType, ImplementationFactory factory, boolean strict,
                                       boolean volatile_) {
    public ScalarFunctionDefinition {
        Objects.requireNonNull(name, "name is null");
        parameterTypes = List.copyOf(parameterTypes);
        Objects.requireNonNull(returnType, "returnType is null");
        Objects.requireNonNull(factory, "factory is null");
    }

    /** Makes the implementation once the actual argument types are known (most ignore them). */
    @FunctionalInterface
    public interface ImplementationFactory {
        ScalarImplementation create(List<SqlType> argumentTypes);
    }
}
