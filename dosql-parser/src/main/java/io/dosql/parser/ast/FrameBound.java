package io.dosql.parser.ast;

import java.util.Objects;

/** One end of a window frame. {@code offset} is set only for PRECEDING and FOLLOWING. */
public record FrameBound(Kind kind, Expression offset) implements Node {
    public FrameBound {
        Objects.requireNonNull(kind, "kind is null");
    }

    /** The bound kind. */
    public enum Kind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }
}
