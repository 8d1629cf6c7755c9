/**
 * DoSQL's engine: the public session API ({@link io.dosql.engine.Database}, {@link io.dosql.engine.Session})
 * over the pipeline in sub-packages: {@code catalog/}, {@code binder/}, {@code planner/}, {@code optimizer/},
 * {@code execution/}, {@code function/}, {@code value/}, {@code storage/}, {@code session/}.
 */
package io.dosql.engine;
