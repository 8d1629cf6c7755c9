package io.dosql.engine.function;

/**
 * The running state of one aggregate over one group. {@code add} receives every row's arguments
 * (nulls included; skipping them is the aggregate's business, as in PostgreSQL), {@code result}
 * the final value (null for sum/avg/min/max over no non-null input, 0 for count).
 */
public interface Accumulator {
    void add(Object[] arguments);

    Object result();
}
