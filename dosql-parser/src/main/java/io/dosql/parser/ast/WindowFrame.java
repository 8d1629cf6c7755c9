package io.dosql.parser.ast;

import java.util.Objects;

/** A frame clause: {@code ROWS|RANGE|GROUPS BETWEEN start AND end [EXCLUDE …]}; a single bound means end = CURRENT ROW. */
public record WindowFrame(Mode mode, FrameBound start, FrameBound end, Exclusion exclusion) implements Node {
    public WindowFrame {
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
        Objects.requireNonNull(exclusion, "exclusion is null");
    }

    /** The frame unit. */
    public enum Mode { ROWS, RANGE, GROUPS }

    /** The EXCLUDE option. */
    public enum Exclusion { NO_OTHERS, CURRENT_ROW, GROUP, TIES }
}
