package io.dosql.query.node;

/** One end of a window frame: {@code unbounded preceding}, {@code 3 preceding}, {@code current row}, … */
public record FrameBound(Kind kind, long offset) {
    /** The five frame bound forms of SQL. */
    public enum Kind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

    public FrameBound {
        if (kind == null) {
            throw new NullPointerException("kind is null");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("frame offset must not be negative: " + offset);
        }
    }

    public static FrameBound unboundedPreceding() {
        return new FrameBound(Kind.UNBOUNDED_PRECEDING, 0);
    }

    public static FrameBound preceding(long rows) {
        return new FrameBound(Kind.PRECEDING, rows);
    }

    public static FrameBound currentRow() {
        return new FrameBound(Kind.CURRENT_ROW, 0);
    }

    public static FrameBound following(long rows) {
        return new FrameBound(Kind.FOLLOWING, rows);
    }

    public static FrameBound unboundedFollowing() {
        return new FrameBound(Kind.UNBOUNDED_FOLLOWING, 0);
    }

    /** The SQL spelling, e.g. {@code 3 preceding}. */
    public String sql() {
        return switch (kind) {
            case UNBOUNDED_PRECEDING -> "unbounded preceding";
            case PRECEDING -> offset + " preceding";
            case CURRENT_ROW -> "current row";
            case FOLLOWING -> offset + " following";
            case UNBOUNDED_FOLLOWING -> "unbounded following";
        };
    }
}
