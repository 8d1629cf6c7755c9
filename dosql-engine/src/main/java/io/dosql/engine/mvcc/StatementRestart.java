package io.dosql.engine.mvcc;

import io.dosql.core.DoSqlException;
import io.dosql.core.ErrorCode;

/**
 * READ COMMITTED met a row that a transaction committed after the statement's snapshot: the statement
 * is undone and run again on a new snapshot (PostgreSQL re-evaluates just the row; rerunning the
 * statement gives the same outcome for a statement without side effects outside the database). If it
 * ever escapes the session, {@link #asError()} reports it as the serialization failure it stands for.
 */
public final class StatementRestart extends RuntimeException {
    public StatementRestart() {
        super("statement restart", null, false, false);
    }

    public DoSqlException asError() {
        return ErrorCode.SERIALIZATION_FAILURE.exception("concurrent update");
    }
}
