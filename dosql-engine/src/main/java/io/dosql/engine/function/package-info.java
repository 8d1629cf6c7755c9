/**
 * Built-in functions. {@link io.dosql.engine.function.FunctionRegistry#builtin()} resolves a call
 * (name and argument types, PostgreSQL's overload rules) to a
 * {@link io.dosql.engine.function.ScalarFunctionBinding} or
 * {@link io.dosql.engine.function.AggregateFunctionBinding}, and names the window functions.
 *
 * <p>Adding a function touches one place: one registration line per overload in its family class
 * ({@code MathFunctions}, {@code StringFunctions}, {@code RegexFunctions}, {@code BinaryFunctions},
 * {@code DateTimeFunctions}, {@code SystemFunctions}, {@code AggregateFunctions}), e.g.
 * {@code table.scalar("sqrt", DOUBLE, List.of(DOUBLE), (arguments, context) -> ...)}.
 */
package io.dosql.engine.function;
