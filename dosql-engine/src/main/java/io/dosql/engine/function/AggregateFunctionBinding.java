package io.dosql.engine.function;

import io.dosql.core.SqlType;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A resolved aggregate call: cast the arguments to {@code parameterTypes}, create one accumulator per
 * group with {@code factory}; the result is of {@code returnType}. {@code count(*)} has no parameters.
 */
public record AggregateFunctionBinding(String name, List<SqlType> parameterTypes, SqlType returnType,
                                       Supplier<Accumulator> factory) {
    public AggregateFunctionBinding {
        Objects.requireNonNull(name, "name is null");
        parameterTypes = List.copyOf(parameterTypes);
        Objects.requireNonNull(returnType, "returnType is null");
        Objects.requireNonNull(factory, "factory is null");
    }

    public Accumulator newAccumulator() {
        return factory.get();
    }
}
