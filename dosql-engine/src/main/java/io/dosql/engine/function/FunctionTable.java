package io.dosql.engine.function;

import io.dosql.core.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The rows of the built-in function table, collected by the family classes ({@code MathFunctions},
 * {@code StringFunctions}, …): one registration line per overload.
 */
public final class FunctionTable {
    /** A parameter type meaning "any argument type, passed unconverted" (PostgreSQL's "any"). */
    public static final SqlType ANY = SqlType.UNKNOWN;

    private final Map<String, List<ScalarFunctionDefinition>> scalars = new TreeMap<>();
    private final Map<String, List<AggregateFunctionDefinition>> aggregates = new TreeMap<>();

    /** A strict, stable scalar overload. */
    public void scalar(String name, SqlType returnType, List<SqlType> parameterTypes, ScalarImplementation implementation) {
        add(new ScalarFunctionDefinition(name, parameterTypes, false, returnType, types -> implementation, true, false));
    }

    /** A scalar overload that sees null arguments (not strict). */
    public void nonStrict(String name, SqlType returnType, List<SqlType> parameterTypes,
                          ScalarImplementation implementation) {
        add(new ScalarFunctionDefinition(name, parameterTypes, false, returnType, types -> implementation, false, false));
    }

    /** A volatile scalar overload (a new value per call or per statement, never constant-folded). */
    public void volatileScalar(String name, SqlType returnType, List<SqlType> parameterTypes,
                               ScalarImplementation implementation) {
        add(new ScalarFunctionDefinition(name, parameterTypes, false, returnType, types -> implementation, true, true));
    }

    /** A non-strict overload whose last parameter repeats (concat, concat_ws, format). */
    public void variadic(String name, SqlType returnType, List<SqlType> parameterTypes,
                         ScalarImplementation implementation) {
        add(new ScalarFunctionDefinition(name, parameterTypes, true, returnType, types -> implementation, false, false));
    }

    public void add(ScalarFunctionDefinition definition) {
        scalars.computeIfAbsent(definition.name(), key -> new ArrayList<>()).add(definition);
    }

    public void aggregate(String name, SqlType returnType, List<SqlType> parameterTypes, Supplier<Accumulator> factory) {
        aggregates.computeIfAbsent(name, key -> new ArrayList<>())
                .add(new AggregateFunctionDefinition(name, parameterTypes, returnType, factory));
    }

    Map<String, List<ScalarFunctionDefinition>> scalars() {
        return scalars;
    }

    Map<String, List<AggregateFunctionDefinition>> aggregates() {
        return aggregates;
    }
}
