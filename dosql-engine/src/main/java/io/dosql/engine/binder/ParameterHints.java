package io.dosql.engine.binder;

import io.dosql.core.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The types the values bound to a statement's parameters suggest, as pgjdbc sends them to PostgreSQL
 * (an Integer as int4, a Long as int8, …). The binder uses a hint only for a parameter that nothing
 * else types, e.g. {@code select ? as n} in a recursive CTE's non-recursive term; strings and NULLs
 * give no hint (pgjdbc's {@code stringtype=unspecified} behaviour), so they keep adapting to context.
 */
public final class ParameterHints {
    private ParameterHints() {
    }

    /** One hint per parameter (UNKNOWN for none); empty when no value suggests a type. */
    public static List<SqlType> of(Object[] parameters) {
        if (parameters == null) {
            return List.of();
        }
        List<SqlType> hints = new ArrayList<>();
        boolean any = false;
        for (Object value : parameters) {
            SqlType hint = hintFor(value);
            any |= hint != SqlType.UNKNOWN;
            hints.add(hint);
        }
        return any ? List.copyOf(hints) : List.of();
    }

    /** Whether {@link #of} of {@code parameters} would equal {@code hints}, without building the list. */
    public static boolean matches(List<SqlType> hints, Object[] parameters) {
        if (parameters == null) {
            return hints.isEmpty();
        }
        if (!hints.isEmpty() && hints.size() != parameters.length) {
            return false;
        }
        for (int index = 0; index < parameters.length; index++) {
            SqlType expected = hints.isEmpty() ? SqlType.UNKNOWN : hints.get(index);
            if (hintFor(parameters[index]) != expected) {
                return false;
            }
        }
        return true;
    }

    private static SqlType hintFor(Object value) {
        if (value instanceof Integer) {
            return SqlType.INTEGER;
        }
        if (value instanceof Long) {
            return SqlType.BIGINT;
        }
        if (value instanceof Short) {
            return SqlType.SMALLINT;
        }
        if (value instanceof BigDecimal) {
            return SqlType.NUMERIC;
        }
        if (value instanceof Double) {
            return SqlType.DOUBLE;
        }
        if (value instanceof Float) {
            return SqlType.REAL;
        }
        if (value instanceof Boolean) {
            return SqlType.BOOLEAN;
        }
        return SqlType.UNKNOWN;
    }

    /** A short text naming the hints, for plan-cache keys (plans bound under other hints differ). */
    public static String signature(List<SqlType> hints) {
        StringBuilder text = new StringBuilder();
        for (SqlType hint : hints) {
            text.append(hint.kind().ordinal()).append(',');
        }
        return text.toString();
    }
}
