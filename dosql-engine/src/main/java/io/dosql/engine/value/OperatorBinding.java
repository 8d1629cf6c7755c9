package io.dosql.engine.value;

import io.dosql.core.SqlType;
import java.util.Objects;

/**
 * A resolved operator: cast the left operand to {@code leftCastTo} and the right one to
 * {@code rightCastTo} (null for a unary operator), then {@code implementation} yields a value of
 * {@code resultType}. Operands are never null when the implementation runs: all operators here are
 * strict except AND/OR, whose three-valued logic the engine applies itself.
 */
public record OperatorBinding(SqlType leftCastTo, SqlType rightCastTo, SqlType resultType,
                              BinaryImplementation implementation) {
    public OperatorBinding {
        Objects.requireNonNull(leftCastTo, "leftCastTo is null");
        Objects.requireNonNull(resultType, "resultType is null");
        Objects.requireNonNull(implementation, "implementation is null");
    }

    /** Applies the implementation to non-null, already-cast operands. */
    public Object apply(Object left, Object right) {
        return implementation.apply(left, right);
    }
}
