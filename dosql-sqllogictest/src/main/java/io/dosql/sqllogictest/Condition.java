package io.dosql.sqllogictest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code skipif <engine>} or {@code onlyif <engine>} line that guards the record following it.
 *
 * @param onlyIf true for {@code onlyif}, false for {@code skipif}
 * @param engine the engine name as written (compared case-insensitively, like the reference's stricmp)
 */
public record Condition(boolean onlyIf, String engine) {

    public Condition {
        Objects.requireNonNull(engine, "engine is null");
    }

    /** True when this condition lets the record run on the engine called {@code label}. */
    public boolean allows(String label) {
        boolean matches = engine.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT));
        return onlyIf ? matches : !matches;
    }

    /** True when every condition allows the record to run on {@code label} (the reference skips on any veto). */
    public static boolean allowAll(List<Condition> conditions, String label) {
        for (Condition condition : conditions) {
            if (!condition.allows(label)) {
                return false;
            }
        }
        return true;
    }
}
