package io.dosql.engine.function;

/** The code of a scalar function: arguments already cast to the binding's parameter types. */
@FunctionalInterface
public interface ScalarImplementation {
    Object apply(Object[] arguments, EvaluationContext context);
}
