package io.dosql.engine.function;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.core.TypeKind;
import io.dosql.engine.value.Casts;
import io.dosql.engine.value.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * PostgreSQL's function overload resolution (func_select_candidate), simplified: an exact match
 * wins; otherwise keep the candidates every argument reaches by implicit casts, then prefer the most
 * exact matches, then preferred types (float8, text), then text for untyped literals.
 */
final class OverloadResolver {
    private OverloadResolver() {
    }

    /** A candidate's parameter list, expanded to {@code arity} when variadic; null if the arity does not fit. */
    static List<SqlType> expand(List<SqlType> parameters, boolean variadic, int arity) {
        if (!variadic) {
            return parameters.size() == arity ? parameters : null;
        }
        int fixed = parameters.size() - 1;
        if (arity < fixed) {
            return null;
        }
        List<SqlType> expanded = new ArrayList<>(parameters.subList(0, fixed));
        for (int index = fixed; index < arity; index++) {
            expanded.add(parameters.get(fixed));
        }
        return expanded;
    }

    /** Index of the best candidate among {@code candidates} (already expanded), or -1 if none applies. */
    static int choose(String name, List<List<SqlType>> candidates, List<SqlType> arguments) {
        List<Integer> viable = new ArrayList<>();
        for (int index = 0; index < candidates.size(); index++) {
            List<SqlType> parameters = candidates.get(index);
            if (parameters != null && applicable(parameters, arguments)) {
                if (exactMatches(parameters, arguments) == arguments.size()) {
                    return index;
                }
                viable.add(index);
            }
        }
        if (viable.size() <= 1) {
            return viable.isEmpty() ? -1 : viable.get(0);
        }
        viable = keepBest(viable, candidates, arguments, Criterion.EXACT);
        viable = keepBest(viable, candidates, arguments, Criterion.PREFERRED);
        viable = keepBest(viable, candidates, arguments, Criterion.UNKNOWN_AS_TEXT);
        if (viable.size() > 1) {
            throw new DoSqlException(ErrorCode.AMBIGUOUS_FUNCTION, "function " + signature(name, arguments)
                    + " is not unique").withHint(
                    "Could not choose a best candidate function. You might need to add explicit type casts.");
        }
        return viable.get(0);
    }

    private enum Criterion { EXACT, PREFERRED, UNKNOWN_AS_TEXT }

    private static List<Integer> keepBest(List<Integer> viable, List<List<SqlType>> candidates,
                                          List<SqlType> arguments, Criterion criterion) {
        int best = -1;
        List<Integer> kept = new ArrayList<>();
        for (int index : viable) {
            List<SqlType> parameters = candidates.get(index);
            int score = switch (criterion) {
                case EXACT -> exactMatches(parameters, arguments);
                case PREFERRED -> preferredMatches(parameters, arguments);
                case UNKNOWN_AS_TEXT -> unknownAsText(parameters, arguments);
            };
            if (score > best) {
                best = score;
                kept.clear();
            }
            if (score == best) {
                kept.add(index);
            }
        }
        return kept;
    }

    private static boolean applicable(List<SqlType> parameters, List<SqlType> arguments) {
        for (int index = 0; index < arguments.size(); index++) {
            SqlType parameter = parameters.get(index);
            if (parameter.kind() != TypeKind.UNKNOWN && !Casts.canImplicitlyCast(arguments.get(index), parameter)) {
                return false;
            }
        }
        return true;
    }

    private static int exactMatches(List<SqlType> parameters, List<SqlType> arguments) {
        int count = 0;
        for (int index = 0; index < arguments.size(); index++) {
            TypeKind parameter = parameters.get(index).kind();
            TypeKind argument = arguments.get(index).kind();
            if (parameter == argument && argument != TypeKind.UNKNOWN || parameter == TypeKind.UNKNOWN) {
                count++;
            }
        }
        return count;
    }

    private static int preferredMatches(List<SqlType> parameters, List<SqlType> arguments) {
        int count = 0;
        for (int index = 0; index < arguments.size(); index++) {
            TypeKind parameter = parameters.get(index).kind();
            if (parameter != arguments.get(index).kind() && TypeCategory.isPreferred(parameter)) {
                count++;
            }
        }
        return count;
    }

    private static int unknownAsText(List<SqlType> parameters, List<SqlType> arguments) {
        int count = 0;
        for (int index = 0; index < arguments.size(); index++) {
            if (arguments.get(index).kind() == TypeKind.UNKNOWN && parameters.get(index).kind() == TypeKind.TEXT) {
                count++;
            }
        }
        return count;
    }

    /** {@code name(integer, text)} as PostgreSQL prints a call's signature. */
    static String signature(String name, List<SqlType> arguments) {
        StringJoiner joiner = new StringJoiner(", ", name + "(", ")");
        for (SqlType argument : arguments) {
            joiner.add(argument.kind().postgresName());
        }
        return joiner.toString();
    }

    static DoSqlException doesNotExist(String name, List<SqlType> arguments) {
        return ErrorCode.UNDEFINED_FUNCTION.exception(signature(name, arguments)).withHint(
                "No function matches the given name and argument types. You might need to add explicit type casts.");
    }
}
