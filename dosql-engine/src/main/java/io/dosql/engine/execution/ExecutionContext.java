package io.dosql.engine.execution;

import io.dosql.core.ErrorCode;
import io.dosql.engine.function.EvaluationContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What one execution of a statement carries: its parameter values, the stack of outer rows that
 * correlated subqueries read, timestamps and random source, the session hooks DML needs, and the
 * cancel flag.
 */
public final class ExecutionContext implements EvaluationContext {
    private Object[] parameters;
    /** Created by the first correlated subquery (most statements have none: one INSERT per batch set). */
    private ArrayList<Object[]> outerRows;
    private static final java.util.concurrent.atomic.AtomicLong EXECUTIONS = new java.util.concurrent.atomic.AtomicLong();
    /** Distinguishes this execution from every other (values kept per execution are keyed by it). */
    private long executionNumber = EXECUTIONS.incrementAndGet();
    private long statementMillis;
    private final long transactionMillis;
    private OffsetDateTime statementTimestamp;
    private OffsetDateTime transactionTimestamp;
    private final RandomGenerator random;
    private final StatementEnvironment environment;
    /** Materialised CTE results and recursive work tables, by identity of their plan node (created when first used). */
    private Map<Object, Object> workTables;
    private volatile String canceled;
    /** Work done since the last look at {@link #canceled}; plain int, only the executing thread touches it. */
    private int ticks;
    private Map<PhysicalOperator, long[]> analyzeCounters;

    /** Timestamps are epoch milliseconds, turned into values only when a function asks (now() is rare). */
    public ExecutionContext(Object[] parameters, long statementMillis, long transactionMillis,
                            RandomGenerator random, StatementEnvironment environment) {
        this.parameters = parameters;
        this.statementMillis = statementMillis;
        this.transactionMillis = transactionMillis;
        this.random = random;
        this.environment = environment;
    }

    /**
     * Starts the execution of the same statement with the next parameter set of a batch (a new execution:
     * per-execution values are computed again); the cancel flag stays, so a cancel stops the whole batch.
     */
    public void nextParameterSet(Object[] newParameters, long newStatementMillis) {
        parameters = newParameters;
        executionNumber = EXECUTIONS.incrementAndGet();
        statementMillis = newStatementMillis;
        statementTimestamp = null;
        outerRows = null;
        workTables = null;
    }

    public long executionNumber() {
        return executionNumber;
    }

    public Object parameter(int index) {
        if (index < 1 || index > parameters.length) {
            throw ErrorCode.UNDEFINED_PARAMETER.exception(index);
        }
        return parameters[index - 1];
    }

    /** {@link #workTables} (created on first use). */
    public Map<Object, Object> workTables() {
        if (workTables == null) {
            workTables = new HashMap<>();
        }
        return workTables;
    }

    public void pushOuterRow(Object[] row) {
        if (outerRows == null) {
            outerRows = new ArrayList<>();
        }
        outerRows.add(row);
    }

    public void popOuterRow() {
        outerRows.remove(outerRows.size() - 1);
    }

    /** The outer row {@code levelsUp} levels out (1 = the immediately enclosing query). */
    public Object[] outerRow(int levelsUp) {
        return outerRows.get(outerRows.size() - levelsUp);
    }

    /** Turns on EXPLAIN ANALYZE row counting. */
    public void enableAnalyze() {
        analyzeCounters = new java.util.IdentityHashMap<>();
    }

    /** {rows, loops} of {@code operator} under EXPLAIN ANALYZE, or null when not analysing. */
    public long[] analyzeCounter(PhysicalOperator operator) {
        if (analyzeCounters == null) {
            return null;
        }
        return analyzeCounters.computeIfAbsent(operator, key -> new long[2]);
    }

    public long[] analyzeResult(PhysicalOperator operator) {
        return analyzeCounters == null ? null : analyzeCounters.get(operator);
    }

    /** The session's setting (what SHOW prints), else the fixed server values. */
    @Override
    public String setting(String name) {
        String value = environment == null ? null : environment.setting(name);
        return value != null ? value : EvaluationContext.super.setting(name);
    }

    @Override
    public io.dosql.engine.function.Sequences sequences() {
        return environment == null ? io.dosql.engine.function.EvaluationContext.super.sequences() : environment.sequences();
    }

    public StatementEnvironment environment() {
        return environment;
    }

    public void cancel() {
        cancel("user request");
    }

    /** Asks the running statement to stop; {@code reason} completes "canceling statement due to …". */
    public void cancel(String reason) {
        canceled = reason;
    }

    /**
     * Counts one unit of work (a row read, joined, aggregated or compared) and looks at the volatile
     * cancel flag every 1024 units, so long operators stop promptly at almost no cost.
     */
    public void tick() {
        if ((++ticks & 1023) == 0) {
            checkCanceled();
            if (environment != null) {
                // Long sorts, joins and aggregates let other sessions' statements run now and then.
                environment.yieldToOthers();
            }
        }
    }

    public void checkCanceled() {
        String reason = canceled;
        if (reason != null) {
            throw ErrorCode.QUERY_CANCELED.exception(reason);
        }
    }

    @Override
    public OffsetDateTime statementTimestamp() {
        if (statementTimestamp == null) {
            statementTimestamp = OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(statementMillis), java.time.ZoneOffset.UTC);
        }
        return statementTimestamp;
    }

    @Override
    public OffsetDateTime transactionTimestamp() {
        if (transactionTimestamp == null) {
            transactionTimestamp = OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(transactionMillis), java.time.ZoneOffset.UTC);
        }
        return transactionTimestamp;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }
}
