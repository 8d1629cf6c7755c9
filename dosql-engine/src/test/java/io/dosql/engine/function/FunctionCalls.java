package io.dosql.engine.function;

import io.dosql.core.SqlType;
import io.dosql.engine.value.Casts;
import io.dosql.engine.value.ValueFormatter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test helper: binds a call as the engine would (resolve, cast arguments, invoke) and prints results as psql does. */
final class FunctionCalls {
    static final OffsetDateTime NOW = OffsetDateTime.of(2024, 3, 15, 12, 34, 56, 789_000_000, ZoneOffset.UTC);
    static final EvaluationContext CONTEXT = EvaluationContext.fixed(NOW, new SplittableRandom(42));

    private FunctionCalls() {
    }

    /** Arguments alternate type, value: {@code call("round", NUMERIC, x, INTEGER, 2)}. */
    static Object call(String name, Object... typesAndValues) {
        List<SqlType> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int index = 0; index < typesAndValues.length; index += 2) {
            types.add((SqlType) typesAndValues[index]);
            values.add(typesAndValues[index + 1]);
        }
        ScalarFunctionBinding binding = FunctionRegistry.builtin().resolveScalar(name, types);
        Object[] arguments = new Object[values.size()];
        for (int index = 0; index < arguments.length; index++) {
            arguments[index] = Casts.explicitCast(values.get(index), binding.parameterTypes().get(index));
        }
        return binding.invoke(arguments, CONTEXT);
    }

    /** The call's result as PostgreSQL's text output. */
    static String text(String name, Object... typesAndValues) {
        return ValueFormatter.toText(call(name, typesAndValues), null);
    }

    /** Runs an aggregate over single-argument rows. */
    static Object aggregate(String name, SqlType type, Object... rows) {
        AggregateFunctionBinding binding = FunctionRegistry.builtin().resolveAggregate(name, List.of(type));
        Accumulator accumulator = binding.newAccumulator();
        for (Object row : rows) {
            accumulator.add(new Object[] {Casts.explicitCast(row, binding.parameterTypes().get(0))});
        }
        return accumulator.result();
    }
}
