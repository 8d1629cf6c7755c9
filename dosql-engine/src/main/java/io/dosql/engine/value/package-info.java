/**
 * SQL values and their PostgreSQL semantics: ordering and hashing ({@link io.dosql.engine.value.Values}),
 * casts and their contexts ({@link io.dosql.engine.value.Casts}), operator and common-type resolution
 * ({@link io.dosql.engine.value.TypeCoercion} giving an {@link io.dosql.engine.value.OperatorBinding}),
 * the text input and output functions ({@link io.dosql.engine.value.ValueParser},
 * {@link io.dosql.engine.value.ValueFormatter}) and LIKE ({@link io.dosql.engine.value.LikeMatcher}).
 *
 * <p>Values are the Java classes listed in {@link io.dosql.core.TypeKind}. One extension: numeric
 * {@code NaN} and {@code ±Infinity} have no BigDecimal and travel as a {@link java.lang.Double};
 * comparisons, arithmetic, casts and output handle them. Behaviour was checked against PostgreSQL 15
 * by differential runs (operators' result types, casts from text, numeric arithmetic, float output,
 * intervals, LIKE, regular expressions); the tests keep the cases that once differed.
 */
package io.dosql.engine.value;
