package io.dosql.jdbc;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.CatalogSnapshot;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.PreparedStatementHandle;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.Session;
import io.dosql.engine.StatementResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hand-written Session for testing the driver's own logic: scripts are answered by {@link #script},
 * prepared statements by {@link #executor}; every call is recorded.
 */
class FakeSession implements Session {
    final List<String> scripts = Collections.synchronizedList(new ArrayList<>());
    final List<String> prepared = new ArrayList<>();
    final List<GeneratedKeys> preparedKeys = new ArrayList<>();
    final List<List<?>> executions = new ArrayList<>();
    Function<String, List<StatementResult>> script = sql -> List.of(FakeResult.count("SET", -1));
    BiFunction<String, List<?>, StatementResult> executor = (sql, parameters) -> FakeResult.count("INSERT 0 1", 1);
    int parameterCount;
    List<SqlType> parameterTypes = List.of();
    List<ResultColumn> resultColumns = List.of();
    CatalogSnapshot catalog = new CatalogSnapshot(List.of("public"), List.of());
    boolean autoCommit = true;
    boolean inTransaction;
    int commits;
    int rollbacks;
    boolean closed;
    final CountDownLatch cancelled = new CountDownLatch(1);

    /** A script answer that blocks until {@link #cancel()} and then fails with 57014, as the engine does. */
    List<StatementResult> blockUntilCancelled() {
        try {
            cancelled.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        throw ErrorCode.QUERY_CANCELED.exception("user request");
    }

    @Override
    public List<StatementResult> executeScript(String sql) {
        scripts.add(sql);
        return script.apply(sql);
    }

    @Override
    public PreparedStatementHandle prepare(String sql, GeneratedKeys generatedKeys) {
        prepared.add(sql);
        preparedKeys.add(generatedKeys);
        return new PreparedStatementHandle() {
            @Override
            public int parameterCount() {
                return parameterCount;
            }

            @Override
            public List<SqlType> parameterTypes() {
                return parameterTypes;
            }

            @Override
            public List<ResultColumn> resultColumns() {
                return resultColumns;
            }

            @Override
            public StatementResult execute(List<?> parameters) {
                executions.add(new ArrayList<>(parameters));
                return executor.apply(sql, parameters);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public boolean isAutoCommit() {
        return autoCommit;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) {
        this.autoCommit = autoCommit;
    }

    @Override
    public boolean inTransaction() {
        return inTransaction;
    }

    @Override
    public void commit() {
        commits++;
    }

    @Override
    public void rollback() {
        rollbacks++;
    }

    @Override
    public void cancel() {
        cancelled.countDown();
    }

    @Override
    public CatalogSnapshot catalog() {
        return catalog;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A connection over this session with a lease that records its release. */
    DoSqlConnection connect() {
        return new DoSqlConnection(this, new DatabaseRegistry.Lease() {
            @Override
            public io.dosql.engine.Database database() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void release() {
            }
        }, "jdbc:dosql:mem:fake");
    }
}
