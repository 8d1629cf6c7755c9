package io.dosql.parser.ast;

import java.util.Objects;

/**
 * One option of CREATE or ALTER SEQUENCE, in the order written: {@code AS type} (type), {@code INCREMENT},
 * {@code MINVALUE}, {@code MAXVALUE}, {@code START}, {@code CACHE} and {@code RESTART WITH} (value),
 * {@code NO MINVALUE}, {@code NO MAXVALUE}, {@code [NO] CYCLE}, {@code RESTART} without a value,
 * {@code OWNED BY table.column} (owner) or {@code OWNED BY NONE}.
 */
public record SequenceOption(Kind kind, Long value, TypeName type, QualifiedName owner) implements Node {
    public SequenceOption {
        Objects.requireNonNull(kind, "kind is null");
    }

    /** Which option. */
    public enum Kind { AS, INCREMENT, MINVALUE, NO_MINVALUE, MAXVALUE, NO_MAXVALUE, START, CACHE, CYCLE, NO_CYCLE,
        RESTART, OWNED_BY, OWNED_BY_NONE }

    public static SequenceOption of(Kind kind) {
        return new SequenceOption(kind, null, null, null);
    }
}
