package io.dosql.engine.function;

import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in functions: resolves a call's name and argument types to a scalar or aggregate
 * binding (42883 {@code function foo(integer) does not exist} otherwise) and names the window
 * functions the engine's window operator implements. Immutable; {@link #builtin()} is shared.
 */
public final class FunctionRegistry {
    private static final FunctionRegistry BUILTIN = new FunctionRegistry(createBuiltinTable());
    private static final Set<String> WINDOW_FUNCTIONS = Set.of("row_number", "rank", "dense_rank", "percent_rank",
            "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value");

    private final Map<String, List<ScalarFunctionDefinition>> scalars;
    private final Map<String, List<AggregateFunctionDefinition>> aggregates;

    private FunctionRegistry(FunctionTable table) {
        this.scalars = deepCopy(table.scalars());
        this.aggregates = deepCopy(table.aggregates());
    }

    private static <T> Map<String, List<T>> deepCopy(Map<String, List<T>> rows) {
        Map<String, List<T>> copy = new java.util.HashMap<>();
        rows.forEach((name, overloads) -> copy.put(name, List.copyOf(overloads)));
        return Map.copyOf(copy);
    }

    /** PostgreSQL's 42883 "function name(types) does not exist", with its hint. */
    public static io.dosql.core.DoSqlException undefinedFunction(String name, List<SqlType> argumentTypes) {
        return OverloadResolver.doesNotExist(name, argumentTypes);
    }

    /** An aggregate that takes WITHIN GROUP (ORDER BY …): percentile_cont, percentile_disc, mode. */
    public static boolean isOrderedSetAggregate(String name) {
        return OrderedSetAggregates.NAMES.contains(name);
    }

    public static FunctionRegistry builtin() {
        return BUILTIN;
    }

    private static FunctionTable createBuiltinTable() {
        FunctionTable table = new FunctionTable();
        MathFunctions.register(table);
        StringFunctions.register(table);
        RegexFunctions.register(table);
        BinaryFunctions.register(table);
        DateTimeFunctions.register(table);
        SystemFunctions.register(table);
        AggregateFunctions.register(table);
        JsonFunctions.register(table);
        JsonProcessingFunctions.register(table);
        SequenceFunctions.register(table);
        return table;
    }

    public boolean isScalar(String name) {
        return scalars.containsKey(normalize(name));
    }

    public boolean isAggregate(String name) {
        return aggregates.containsKey(normalize(name));
    }

    /** Pure window functions (row_number, rank, lag, …); aggregates may also be used over a window. */
    public boolean isWindowFunction(String name) {
        return WINDOW_FUNCTIONS.contains(normalize(name));
    }

    /** Binds a scalar call; UNKNOWN arguments (string literals, NULL) adapt to the chosen overload. */
    public ScalarFunctionBinding resolveScalar(String name, List<SqlType> argumentTypes) {
        String key = normalize(name);
        List<ScalarFunctionDefinition> overloads = scalars.getOrDefault(key, List.of());
        List<List<SqlType>> candidates = new ArrayList<>();
        for (ScalarFunctionDefinition overload : overloads) {
            candidates.add(OverloadResolver.expand(overload.parameterTypes(), overload.variadic(), argumentTypes.size()));
        }
        int chosen = OverloadResolver.choose(key, candidates, argumentTypes);
        if (chosen < 0) {
            throw OverloadResolver.doesNotExist(key, argumentTypes);
        }
        ScalarFunctionDefinition definition = overloads.get(chosen);
        List<SqlType> parameterTypes = castTargets(candidates.get(chosen), argumentTypes);
        return new ScalarFunctionBinding(key, parameterTypes, definition.returnType(),
                definition.factory().create(List.copyOf(argumentTypes)), definition.strict(), definition.volatile_());
    }

    /** Binds an aggregate call; {@code count(*)} is {@code count} with no arguments. */
    public AggregateFunctionBinding resolveAggregate(String name, List<SqlType> argumentTypes) {
        String key = normalize(name);
        List<AggregateFunctionDefinition> overloads = aggregates.getOrDefault(key, List.of());
        List<List<SqlType>> candidates = new ArrayList<>();
        for (AggregateFunctionDefinition overload : overloads) {
            candidates.add(OverloadResolver.expand(overload.parameterTypes(), false, argumentTypes.size()));
        }
        int chosen = OverloadResolver.choose(key, candidates, argumentTypes);
        if (chosen < 0) {
            throw OverloadResolver.doesNotExist(key, argumentTypes);
        }
        AggregateFunctionDefinition definition = overloads.get(chosen);
        return new AggregateFunctionBinding(key, castTargets(candidates.get(chosen), argumentTypes),
                definition.returnType(), definition.factory());
    }

    /**
     * Result type of a window function call: row_number, rank, dense_rank bigint; ntile integer;
     * percent_rank, cume_dist double precision; lag, lead, first_value, last_value, nth_value the
     * type of their first argument (text for an untyped literal).
     */
    public SqlType windowResultType(String name, List<SqlType> argumentTypes) {
        String key = normalize(name);
        switch (key) {
            case "row_number", "rank", "dense_rank":
                return SqlType.BIGINT;
            case "ntile":
                return SqlType.INTEGER;
            case "percent_rank", "cume_dist":
                return SqlType.DOUBLE;
            case "lag", "lead", "first_value", "last_value", "nth_value":
                if (!argumentTypes.isEmpty()) {
                    SqlType first = argumentTypes.get(0);
                    return first.kind() == TypeKind.UNKNOWN ? SqlType.TEXT : first;
                }
                break;
            default:
                break;
        }
        throw OverloadResolver.doesNotExist(key, argumentTypes);
    }

    /** The types arguments are cast to: the parameter's, or for "any" the argument's own (unknown → text). */
    private static List<SqlType> castTargets(List<SqlType> parameters, List<SqlType> arguments) {
        List<SqlType> targets = new ArrayList<>(arguments.size());
        for (int index = 0; index < arguments.size(); index++) {
            SqlType parameter = parameters.get(index);
            SqlType argument = arguments.get(index);
            if (parameter.kind() == TypeKind.UNKNOWN) {
                targets.add(argument.kind() == TypeKind.UNKNOWN ? SqlType.TEXT : argument);
            } else {
                targets.add(parameter);
            }
        }
        return targets;
    }

    private static String normalize(String name) {
        return Objects.requireNonNull(name, "name is null").toLowerCase(Locale.ROOT);
    }
}
