/**
 * DoSQL's engine: the public session API ({@link io.dosql.engine.Database}, {@link io.dosql.engine.Session})
 * over the pipeline in sub-packages: {@code catalog/}, {@code binder/}, {@code planner/}, {@code optimizer/},
 * {@code execution/}, {@code function/}, {@code value/}, {@code storage/}, {@code session/}, and for databases
 * opened on a directory ({@link io.dosql.engine.Database#open(java.nio.file.Path)}) {@code durable/}: the
 * redo log in the WAL, B+tree stores, checkpoints and recovery.
 */
package io.dosql.engine;
