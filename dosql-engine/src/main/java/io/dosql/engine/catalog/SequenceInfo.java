package io.dosql.engine.catalog;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;

/**
 * A sequence: its definition (type, increment, bounds, start, cache, cycle, owning column) and its position
 * (PostgreSQL's last_value and is_called). The position moves outside transactions: nextval and setval are
 * never undone, and concurrent sessions (on any thread) never get the same value, hence the locking here.
 */
public final class SequenceInfo {
    public final String schema;
    public final String name;
    /** The definition; changed by ALTER SEQUENCE under the schema lock. */
    public volatile Definition definition;
    /** The table whose column owns the sequence (DROP TABLE drops it), or null. */
    public TableInfo ownerTable;
    public String ownerColumn;
    private long last;
    private boolean called;
    /** Counts position changes, so the durable storage logs only sequences that moved. */
    private long changes;

    /** The settings of CREATE/ALTER SEQUENCE, already checked against each other. */
    public record Definition(SqlType type, long increment, long min, long max, long start, long cache, boolean cycle) {
    }

    /** A sequence positioned before its start value (the first nextval returns start). */
    public SequenceInfo(String schema, String name, Definition definition) {
        this.schema = schema;
        this.name = name;
        this.definition = definition;
        this.last = definition.start();
    }

    /** The next value (PostgreSQL's nextval): wraps with CYCLE, else 2200H at a bound. */
    public synchronized long next() {
        Definition settings = definition;
        if (!called) {
            called = true;
            changes++;
            return last;
        }
        long increment = settings.increment();
        long next = last + increment;
        boolean overflow = ((last ^ next) & (increment ^ next)) < 0;
        if (increment > 0 && (overflow || next > settings.max())) {
            if (!settings.cycle()) {
                throw new DoSqlException(ErrorCode.SEQUENCE_GENERATOR_LIMIT_EXCEEDED, "nextval: reached maximum value of sequence \""
                        + name + "\" (" + settings.max() + ")");
            }
            next = settings.min();
        } else if (increment < 0 && (overflow || next < settings.min())) {
            if (!settings.cycle()) {
                throw new DoSqlException(ErrorCode.SEQUENCE_GENERATOR_LIMIT_EXCEEDED, "nextval: reached minimum value of sequence \""
                        + name + "\" (" + settings.min() + ")");
            }
            next = settings.max();
        }
        last = next;
        changes++;
        return next;
    }

    /** setval: the next nextval returns {@code value} ({@code called} false) or the value after it. */
    public synchronized void set(long value, boolean isCalled) {
        Definition settings = definition;
        if (value < settings.min() || value > settings.max()) {
            throw new DoSqlException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "setval: value " + value
                    + " is out of bounds for sequence \"" + name + "\" (" + settings.min() + ".." + settings.max() + ")");
        }
        position(value, isCalled);
    }

    /** Sets the position unchecked (ALTER SEQUENCE RESTART after its own checks; recovery). */
    public synchronized void position(long value, boolean isCalled) {
        last = value;
        called = isCalled;
        changes++;
    }

    public synchronized long last() {
        return last;
    }

    public synchronized boolean called() {
        return called;
    }

    /** {last value, is_called (0/1), changes} read together (what the durable storage logs). */
    public synchronized long[] state() {
        return new long[] {last, called ? 1 : 0, changes};
    }
}
