package io.dosql.engine.execution;

/** Which unmatched rows a join keeps. */
public enum JoinKind {
    INNER, LEFT, RIGHT, FULL, SEMI, ANTI;

    String explainSuffix() {
        return switch (this) {
            case INNER -> "";
            case LEFT -> " Left Join";
            case RIGHT -> " Right Join";
            case FULL -> " Full Join";
            case SEMI -> " Semi Join";
            case ANTI -> " Anti Join";
        };
    }

    /** Concatenates a left and right row; a null side becomes NULLs. */
    static Object[] combine(Object[] left, int leftWidth, Object[] right, int rightWidth) {
        Object[] row = new Object[leftWidth + rightWidth];
        if (left != null) {
            System.arraycopy(left, 0, row, 0, leftWidth);
        }
        if (right != null) {
            System.arraycopy(right, 0, row, leftWidth, rightWidth);
        }
        return row;
    }
}
