package io.dosql.engine.value;

/**
 * The code behind a resolved operator: applied to non-null operands already cast to the binding's
 * operand types (unary operators receive {@code null} as {@code right}).
 */
@FunctionalInterface
public interface BinaryImplementation {
    Object apply(Object left, Object right);
}
