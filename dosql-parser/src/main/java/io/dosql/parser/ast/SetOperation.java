package io.dosql.parser.ast;

import java.util.Objects;

/** {@code left UNION|INTERSECT|EXCEPT [ALL] right}; INTERSECT binds tighter than UNION/EXCEPT, as in PostgreSQL. */
public record SetOperation(Operator operator, boolean all, QueryBody left, QueryBody right) implements QueryBody {
    public SetOperation {
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
    }

    /** The set operator. */
    public enum Operator { UNION, INTERSECT, EXCEPT }
}
