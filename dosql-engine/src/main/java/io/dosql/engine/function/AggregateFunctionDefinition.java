package io.dosql.engine.function;

import io.dosql.core.SqlType;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** One overload of a built-in aggregate, a row of the function table. */
public record AggregateFunctionDefinition(String name, List<SqlType> parameterTypes, SqlType returnType,
                                          Supplier<Accumulator> factory) {
    public AggregateFunctionDefinition {
        Objects.requireNonNull(name, "name is null");
        parameterTypes = List.copyOf(parameterTypes);
        Objects.requireNonNull(returnType, "returnType is null");
        Objects.requireNonNull(factory, "factory is null");
    }
}
