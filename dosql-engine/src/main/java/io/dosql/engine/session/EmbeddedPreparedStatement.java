package io.dosql.engine.session;

import io.dosql.core.ErrorCode;
import io.dosql.core.SqlType;
import io.dosql.engine.GeneratedKeys;
import io.dosql.engine.PreparedStatementHandle;
import io.dosql.engine.ResultColumn;
import io.dosql.engine.StatementResult;
import io.dosql.engine.planner.StatementPlan;
import io.dosql.parser.ast.Statement;
import java.util.List;

/** A parsed statement bound to its session; the plan comes from the database's plan cache. */
final class EmbeddedPreparedStatement implements PreparedStatementHandle {
    private final EmbeddedSession session;
    private final String sql;
    private final Statement statement;
    private final GeneratedKeys keys;
    private StatementPlan plan;
    private boolean planned;
    private boolean closed;

    EmbeddedPreparedStatement(EmbeddedSession session, String sql, Statement statement, GeneratedKeys keys) {
        this.session = session;
        this.sql = sql;
        this.statement = statement;
        this.keys = keys;
    }

    /** The plan when the statement is plannable now (errors surface at execution instead). */
    private StatementPlan plan() {
        if (!planned) {
            planned = true;
            try {
                plan = session.planFor(statement, sql, keys);
            } catch (RuntimeException deferred) {
                plan = null;
            }
        }
        return plan;
    }

    @Override
    public int parameterCount() {
        StatementPlan current = plan();
        return current == null ? ParameterCounter.count(sql) : current.parameterTypes().size();
    }

    @Override
    public List<SqlType> parameterTypes() {
        StatementPlan current = plan();
        return current == null ? java.util.Collections.nCopies(parameterCount(), SqlType.UNKNOWN) : current.parameterTypes();
    }

    @Override
    public List<ResultColumn> resultColumns() {
        StatementPlan current = plan();
        return current == null ? List.of() : current.columns();
    }

    @Override
    public StatementResult execute(List<?> parameters) {
        if (closed) {
            throw ErrorCode.INVALID_SQL_STATEMENT_NAME.exception("(closed)");
        }
        return session.run(statement, sql, parameters.toArray(), keys);
    }

    @Override
    public void executeBatch(List<Object[]> parameterSets, BatchProgress progress) {
        if (closed) {
            throw ErrorCode.INVALID_SQL_STATEMENT_NAME.exception("(closed)");
        }
        if (session.batchable(statement, keys)) {
            session.runBatch(statement, sql, parameterSets, progress);
        } else {
            PreparedStatementHandle.super.executeBatch(parameterSets, progress);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
