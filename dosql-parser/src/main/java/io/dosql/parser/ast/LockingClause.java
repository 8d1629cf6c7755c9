package io.dosql.parser.ast;

import java.util.List;
import java.util.Objects;

/** FOR UPDATE / FOR SHARE [OF tables] [NOWAIT | SKIP LOCKED]. */
public record LockingClause(Strength strength, List<QualifiedName> tables, WaitPolicy waitPolicy) implements Node {
    public LockingClause {
        Objects.requireNonNull(strength, "strength is null");
        tables = List.copyOf(Objects.requireNonNull(tables, "tables is null"));
        Objects.requireNonNull(waitPolicy, "waitPolicy is null");
    }

    /** Lock strength. */
    public enum Strength { UPDATE, NO_KEY_UPDATE, SHARE, KEY_SHARE }

    /** What to do on a locked row. */
    public enum WaitPolicy { WAIT, NOWAIT, SKIP_LOCKED }
}
